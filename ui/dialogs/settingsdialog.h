#pragma once

#include "store/workspacesettings.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Crm::Ui {

// Edits a workspace's analysis settings (tiers, lifecycle rule, attribution window, margin,
// currency, as-of default) and the application's language. Problems are listed as the
// user types; OK stays disabled until there are none. The caller stores the result.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // language: "" (system default), "en", "zh_CN" or "zh_TW".
    SettingsDialog(const Core::Store::WorkspaceSettings &settings, const QString &language, QWidget *parent = nullptr);

    Core::Store::WorkspaceSettings settings() const;
    QString language() const;
    // The problems of the values as edited now (what the dialog shows).
    QStringList problems() const;

    void setSettings(const Core::Store::WorkspaceSettings &settings);

private:
    QWidget *createTiersPage();
    QWidget *createLifecyclePage();
    QWidget *createCampaignsPage();
    QWidget *createGeneralPage();
    void updateState();

    QComboBox *m_tierRule;
    QDoubleSpinBox *m_spend[3];
    QSpinBox *m_points[3];
    QSpinBox *m_tierWindow;
    QSpinBox *m_newWithin;
    QSpinBox *m_minPurchaseDays;
    QDoubleSpinBox *m_defaultCycle;
    QDoubleSpinBox *m_dormantMin;
    QDoubleSpinBox *m_dormantCycles;
    QDoubleSpinBox *m_churnedMin;
    QDoubleSpinBox *m_churnedCycles;
    QSpinBox *m_attribution;
    QDoubleSpinBox *m_margin;
    QLineEdit *m_currencySymbol;
    QLineEdit *m_currencyCode;
    QComboBox *m_language;
    QButtonGroup *m_asOfMode;
    QDateEdit *m_fixedAsOf;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    // What the dialog was given: settings edited elsewhere (the segment rules) pass through.
    Core::Store::WorkspaceSettings m_given;
};

}  // namespace Crm::Ui
