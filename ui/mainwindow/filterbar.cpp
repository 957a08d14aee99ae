#include "filterbar.h"

#include "pages/labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Crm::Ui {

namespace {

// QDateEdit cannot be empty; its minimum date shows as "Any" and means no bound.
const QDate kNoDate(2000, 1, 1);

QDateEdit *makeDateEdit(const QString &accessibleName, bool optional, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    if (optional) {
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(FilterBar::tr("Any", "no date limit"));
        edit->setDate(kNoDate);
    }
    return edit;
}

QComboBox *makeCombo(const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMinimumContentsLength(8);
    return box;
}

void fill(QComboBox *box, const QString &all, const QStringList &values, QString (*label)(const QString &) = nullptr)
{
    box->clear();
    box->addItem(all, QString());
    for (const QString &value : values) {
        box->addItem(label ? label(value) : value, value);
    }
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

}  // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_asOf(makeDateEdit(tr("As-of date"), false, this))
    , m_from(makeDateEdit(tr("Orders from"), true, this))
    , m_to(makeDateEdit(tr("Orders until"), true, this))
    , m_channel(makeCombo(tr("Channel"), this))
    , m_city(makeCombo(tr("City"), this))
    , m_tier(makeCombo(tr("Tier", "membership tier"), this))
{
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setToolTip(tr("Analyses look at the data before this day (default: the day after the last order)"));
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_city->setObjectName(QStringLiteral("cityFilter"));
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_from->setToolTip(tr("Only orders on or after this day (order lists and revenue charts)"));
    m_to->setToolTip(tr("Only orders up to this day (order lists and revenue charts)"));
    m_channel->setToolTip(tr("Only orders of this channel (order lists and revenue charts)"));
    m_city->setToolTip(tr("Only customers of this city (every page)"));
    m_tier->setToolTip(tr("Only customers of this tier, as imported (every page)"));

    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear Filters"));
    clear->setToolTip(tr("Show every order and customer again"));
    connect(clear, &QToolButton::clicked, this, &FilterBar::clearFilters);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    const auto addLabelled = [this, layout](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
        layout->addSpacing(8);
    };
    addLabelled(tr("&As of:"), m_asOf);
    addLabelled(tr("Orders &from:"), m_from);
    addLabelled(tr("&to:", "date range end"), m_to);
    addLabelled(tr("C&hannel:"), m_channel);
    addLabelled(tr("C&ity:"), m_city);
    addLabelled(tr("T&ier:", "membership tier"), m_tier);
    layout->addWidget(clear);
    layout->addStretch();

    for (QDateEdit *edit : {m_asOf, m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::emitIfChanged);
    }
    for (QComboBox *box : {m_channel, m_city, m_tier}) {
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::emitIfChanged);
    }
}

AnalysisFilter FilterBar::filter() const
{
    AnalysisFilter filter;
    filter.asOf = m_asOf->date();
    filter.from = optionalDate(m_from);
    filter.to = optionalDate(m_to);
    filter.channel = m_channel->currentData().toString();
    filter.city = m_city->currentData().toString();
    filter.tier = m_tier->currentData().toString();
    return filter;
}

void FilterBar::reset(QDate defaultAsOf, const QStringList &channels, const QStringList &cities,
                      const QStringList &tiers)
{
    m_resetting = true;
    m_defaultAsOf = defaultAsOf.isValid() ? defaultAsOf : QDate::currentDate();
    m_asOf->setDate(m_defaultAsOf);
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
    fill(m_channel, tr("All channels"), channels);
    fill(m_city, tr("All cities"), cities);
    fill(m_tier, tr("All tiers"), tiers, &Labels::tier);
    m_resetting = false;
    m_last = filter();
}

void FilterBar::clearFilters()
{
    m_resetting = true;
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
    m_channel->setCurrentIndex(0);
    m_city->setCurrentIndex(0);
    m_tier->setCurrentIndex(0);
    m_resetting = false;
    emitIfChanged();
}

void FilterBar::emitIfChanged()
{
    if (m_resetting) {
        return;
    }
    const AnalysisFilter current = filter();
    if (current == m_last) {
        return;
    }
    m_last = current;
    Q_EMIT filterChanged(current);
}

}  // namespace Crm::Ui
