#include "settingsdialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Crm::Ui {

using Core::Store::AsOfDefault;
using Core::Store::WorkspaceSettings;

namespace {

QSpinBox *spinBox(const char *name, int minimum, int maximum, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

QDoubleSpinBox *doubleBox(const char *name, double minimum, double maximum, int decimals, const QString &suffix,
                          QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(minimum, maximum);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

// Adds a labelled row whose label is the field's buddy and accessible name.
void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &toolTip = {})
{
    auto *text = new QLabel(label, field->parentWidget());
    text->setBuddy(field);
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    if (!toolTip.isEmpty()) {
        field->setToolTip(toolTip);
    }
    form->addRow(text, field);
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

}  // namespace

SettingsDialog::SettingsDialog(const WorkspaceSettings &settings, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(createTiersPage(), tr("&Tiers"));
    tabs->addTab(createLifecyclePage(), tr("&Lifecycle"));
    tabs->addTab(createCampaignsPage(), tr("&Campaigns"));
    tabs->addTab(createGeneralPage(), tr("&General"));

    m_problems->setObjectName(QStringLiteral("settingsProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    QPalette warning = m_problems->palette();
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    warning.setColor(QPalette::WindowText, dark ? QColor(255, 140, 130) : QColor(178, 34, 34));
    m_problems->setPalette(warning);
    m_problems->setAccessibleName(tr("Problems with the settings"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        // The language is the application's, not the workspace's: it stays. So do the
        // segment rules, which are edited (and reset) on the Segments page, not here.
        WorkspaceSettings defaults;
        defaults.rfmSegmentRules = m_given.rfmSegmentRules;
        defaults.rfmUnmatchedSegment = m_given.rfmUnmatchedSegment;
        setSettings(defaults);
    });
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setToolTip(tr("Put back the values of the methodology"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    setSettings(settings);
    // Every edit revalidates.
    const auto children = findChildren<QAbstractSpinBox *>();
    for (QAbstractSpinBox *box : children) {
        if (auto *spin = qobject_cast<QSpinBox *>(box)) {
            connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::updateState);
        } else if (auto *real = qobject_cast<QDoubleSpinBox *>(box)) {
            connect(real, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::updateState);
        }
    }
    connect(m_fixedAsOf, &QDateEdit::dateChanged, this, &SettingsDialog::updateState);
    connect(m_tierRule, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    connect(m_currencySymbol, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_currencyCode, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_asOfMode, &QButtonGroup::idToggled, this, &SettingsDialog::updateState);
    updateState();
}

QWidget *SettingsDialog::createTiersPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_tierRule = new QComboBox(page);
    m_tierRule->setObjectName(QStringLiteral("tierRule"));
    m_tierRule->addItem(tr("Net spend in a window before the as-of date"), false);
    m_tierRule->addItem(tr("Points balance"), true);
    addRow(form, tr("Tier &by:"), m_tierRule);
    const char *spendNames[] = {"silverSpend", "goldSpend", "diamondSpend"};
    const char *pointsNames[] = {"silverPoints", "goldPoints", "diamondPoints"};
    const QString spendLabels[]
        = {tr("&Silver from (spend):"), tr("G&old from (spend):"), tr("&Diamond from (spend):")};
    const QString pointsLabels[]
        = {tr("Silver from (points):"), tr("Gold from (points):"), tr("Diamond from (points):")};
    for (int i = 0; i < 3; ++i) {
        m_spend[i] = doubleBox(spendNames[i], 0, 1e12, 2, QString(), page);
        addRow(form, spendLabels[i], m_spend[i]);
    }
    m_tierWindow = spinBox("tierWindowMonths", 1, 120, tr(" months"), page);
    addRow(form, tr("Spend &window:"), m_tierWindow,
           tr("Net spend counts over this many months before the as-of date"));
    for (int i = 0; i < 3; ++i) {
        m_points[i] = spinBox(pointsNames[i], 0, 2'000'000'000, QString(), page);
        addRow(form, pointsLabels[i], m_points[i]);
    }
    form->addRow(
        note(tr("Customers below Silver are Regular. Each threshold must be higher than the one before."), page));
    return page;
}

QWidget *SettingsDialog::createLifecyclePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const QString days = tr(" days");
    m_newWithin = spinBox("newWithinDays", 1, 3650, days, page);
    addRow(form, tr("&New: first purchase within"), m_newWithin);
    m_dormantMin = doubleBox("dormantMinDays", 1, 3650, 0, days, page);
    addRow(form, tr("&Dormant after at least"), m_dormantMin);
    m_dormantCycles = doubleBox("dormantCycles", 0.1, 100, 1, tr(" × cycle"), page);
    addRow(form, tr("… or &more than"), m_dormantCycles);
    m_churnedMin = doubleBox("churnedMinDays", 1, 3650, 0, days, page);
    addRow(form, tr("C&hurned after at least"), m_churnedMin);
    m_churnedCycles = doubleBox("churnedCycles", 0.1, 100, 1, tr(" × cycle"), page);
    addRow(form, tr("… or m&ore than"), m_churnedCycles);
    m_minPurchaseDays = spinBox("minPurchaseDaysForCycle", 2, 100, days, page);
    addRow(form, tr("&Personal cycle needs"), m_minPurchaseDays,
           tr("Customers with fewer purchase days use the median cycle of everybody else"));
    m_defaultCycle = doubleBox("defaultCycleDays", 1, 3650, 0, days, page);
    addRow(form, tr("De&fault cycle:"), m_defaultCycle, tr("Used when nobody has enough purchase days for a cycle"));
    form->addRow(note(tr("The cycle is the median gap between a customer's purchase days. A customer is dormant "
                         "when the days since the last purchase exceed both the floor and the multiple of the "
                         "cycle; churned likewise."),
                      page));
    return page;
}

QWidget *SettingsDialog::createCampaignsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_attribution = spinBox("attributionWindowDays", 0, 365, tr(" days"), page);
    addRow(form, tr("&Attribution window:"), m_attribution,
           tr("A purchase on the contact day or within this many days after it counts as a response"));
    m_margin = doubleBox("margin", 0, 100, 1, tr(" %"), page);
    addRow(form, tr("&Margin:"), m_margin, tr("The share of revenue that is profit, for ROI"));
    form->addRow(note(tr("ROI = (incremental revenue × margin − cost) ÷ cost."), page));
    return page;
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *asOfBox = new QWidget(page);
    auto *asOfLayout = new QVBoxLayout(asOfBox);
    asOfLayout->setContentsMargins(0, 0, 0, 0);
    auto *dayAfter = new QRadioButton(tr("The day after the last o&rder"), asOfBox);
    dayAfter->setObjectName(QStringLiteral("asOfDayAfterLastOrder"));
    auto *fixed = new QRadioButton(tr("A &fixed date:"), asOfBox);
    fixed->setObjectName(QStringLiteral("asOfFixed"));
    m_asOfMode = new QButtonGroup(this);
    m_asOfMode->addButton(dayAfter, int(AsOfDefault::DayAfterLastOrder));
    m_asOfMode->addButton(fixed, int(AsOfDefault::FixedDate));
    m_fixedAsOf = new QDateEdit(asOfBox);
    m_fixedAsOf->setObjectName(QStringLiteral("fixedAsOf"));
    m_fixedAsOf->setCalendarPopup(true);
    m_fixedAsOf->setAccessibleName(tr("Fixed as-of date"));
    m_fixedAsOf->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    auto *fixedRow = new QHBoxLayout;
    fixedRow->addWidget(fixed);
    fixedRow->addWidget(m_fixedAsOf);
    fixedRow->addStretch();
    asOfLayout->addWidget(dayAfter);
    asOfLayout->addLayout(fixedRow);
    auto *asOfLabel = new QLabel(tr("As-of date when opening:"), page);
    form->addRow(asOfLabel, asOfBox);

    m_currencySymbol = new QLineEdit(page);
    m_currencySymbol->setObjectName(QStringLiteral("currencySymbol"));
    m_currencySymbol->setMaxLength(8);
    m_currencySymbol->setPlaceholderText(tr("e.g. ¥, $, €"));
    addRow(form, tr("Currency &symbol:"), m_currencySymbol,
           tr("Shown with every amount; leave empty for plain numbers"));
    m_currencyCode = new QLineEdit(page);
    m_currencyCode->setObjectName(QStringLiteral("currencyCode"));
    m_currencyCode->setMaxLength(3);
    m_currencyCode->setPlaceholderText(tr("e.g. CNY"));
    addRow(form, tr("Currency c&ode:"), m_currencyCode, tr("ISO 4217; shown when there is no symbol"));

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(tr("System Default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    addRow(form, tr("Lang&uage:"), m_language, tr("Used from the next start; the same for every workspace"));
    form->addRow(note(tr("Everything but the language is stored in this workspace."), page));
    return page;
}

void SettingsDialog::setSettings(const WorkspaceSettings &s)
{
    m_given = s;
    m_tierRule->setCurrentIndex(s.tiersByPoints ? 1 : 0);
    for (size_t i = 0; i < 3; ++i) {
        m_spend[i]->setValue(double(s.tierSpendThresholds.at(i)) / double(Core::kMinorPerMajor));
        m_points[i]->setValue(int(std::clamp<qint64>(s.tierPointsThresholds.at(i), 0, 2'000'000'000)));
    }
    m_tierWindow->setValue(s.tierWindowMonths);
    m_newWithin->setValue(s.newWithinDays);
    m_minPurchaseDays->setValue(s.minPurchaseDaysForCycle);
    m_defaultCycle->setValue(s.defaultCycleDays);
    m_dormantMin->setValue(s.dormantMinDays);
    m_dormantCycles->setValue(s.dormantCycles);
    m_churnedMin->setValue(s.churnedMinDays);
    m_churnedCycles->setValue(s.churnedCycles);
    m_attribution->setValue(s.attributionWindowDays);
    m_margin->setValue(s.margin * 100.0);
    m_currencySymbol->setText(s.currencySymbol);
    m_currencyCode->setText(s.currencyCode);
    m_asOfMode->button(int(s.asOfDefault))->setChecked(true);
    m_fixedAsOf->setDate(s.fixedAsOf.isValid() ? s.fixedAsOf : QDate::currentDate());
    updateState();
}

WorkspaceSettings SettingsDialog::settings() const
{
    WorkspaceSettings s = m_given;
    s.tiersByPoints = m_tierRule->currentData().toBool();
    for (size_t i = 0; i < 3; ++i) {
        s.tierSpendThresholds.at(i) = std::llround(m_spend[i]->value() * Core::kMinorPerMajor);
        s.tierPointsThresholds.at(i) = m_points[i]->value();
    }
    s.tierWindowMonths = m_tierWindow->value();
    s.newWithinDays = m_newWithin->value();
    s.minPurchaseDaysForCycle = m_minPurchaseDays->value();
    s.defaultCycleDays = m_defaultCycle->value();
    s.dormantMinDays = m_dormantMin->value();
    s.dormantCycles = m_dormantCycles->value();
    s.churnedMinDays = m_churnedMin->value();
    s.churnedCycles = m_churnedCycles->value();
    s.attributionWindowDays = m_attribution->value();
    s.margin = m_margin->value() / 100.0;
    s.currencySymbol = m_currencySymbol->text().trimmed();
    s.currencyCode = m_currencyCode->text().trimmed().toUpper();
    s.asOfDefault = AsOfDefault(m_asOfMode->checkedId());
    s.fixedAsOf = s.asOfDefault == AsOfDefault::FixedDate ? m_fixedAsOf->date() : QDate();
    return s;
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QStringList SettingsDialog::problems() const
{
    return settings().problems();
}

void SettingsDialog::updateState()
{
    const bool byPoints = m_tierRule->currentData().toBool();
    for (int i = 0; i < 3; ++i) {
        m_spend[i]->setEnabled(!byPoints);
        m_points[i]->setEnabled(byPoints);
    }
    m_tierWindow->setEnabled(!byPoints);
    m_fixedAsOf->setEnabled(m_asOfMode->checkedId() == int(AsOfDefault::FixedDate));
    const QStringList list = problems();
    m_problems->setText(list.join(QLatin1Char('\n')));
    m_problems->setVisible(!list.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(list.isEmpty());
}

}  // namespace Crm::Ui
