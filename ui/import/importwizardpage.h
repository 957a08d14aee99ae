#pragma once

#include <QWizardPage>

namespace Crm::Ui {

// A wizard page whose Next button the wizard enables explicitly (while a worker runs, or
// until the user's input is usable).
class ImportWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

    void setComplete(bool complete)
    {
        if (m_complete != complete) {
            m_complete = complete;
            Q_EMIT completeChanged();
        }
    }
    bool isComplete() const override { return m_complete; }

Q_SIGNALS:
    void entered();

protected:
    void initializePage() override { Q_EMIT entered(); }

private:
    bool m_complete = false;
};

}  // namespace Crm::Ui
