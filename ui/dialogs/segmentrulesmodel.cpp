#include "segmentrulesmodel.h"

#include "report/campaignreview.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace Crm::Ui {

using Core::Analysis::RfmSegmentRule;

namespace {

constexpr int kScores = 5;

int cellIndex(int r, int f, int m)
{
    return (r - 1) * kScores * kScores + (f - 1) * kScores + (m - 1);
}

// The bound a column edits (const or not, as the rule).
template<typename Rule>
auto boundOf(Rule &rule, int column) -> decltype(&rule.recencyLow)
{
    switch (column) {
    case SegmentRulesModel::RecencyLow:
        return &rule.recencyLow;
    case SegmentRulesModel::RecencyHigh:
        return &rule.recencyHigh;
    case SegmentRulesModel::FrequencyLow:
        return &rule.frequencyLow;
    case SegmentRulesModel::FrequencyHigh:
        return &rule.frequencyHigh;
    case SegmentRulesModel::MonetaryLow:
        return &rule.monetaryLow;
    default:
        return &rule.monetaryHigh;
    }
}

bool isBoundColumn(int column)
{
    return column >= SegmentRulesModel::RecencyLow && column <= SegmentRulesModel::MonetaryHigh;
}

// Whether a bound column's pair (low, high) is out of order or outside 1-5.
bool isBadRange(const RfmSegmentRule &rule, int column)
{
    const int low = column - (column - SegmentRulesModel::RecencyLow) % 2;
    const int lowValue = *boundOf(rule, low);
    const int highValue = *boundOf(rule, low + 1);
    return lowValue < 1 || highValue > kScores || lowValue > highValue;
}

// The segments whose translated names map back to them: the default grid's, the R
// package's and the unmatched "Others".
QStringList knownSegmentNames()
{
    QStringList names;
    for (const auto &rules : {Core::Analysis::defaultRfmSegmentRules(), Core::Analysis::rfmPackageSegmentRules()}) {
        for (const RfmSegmentRule &rule : rules) {
            names << rule.name;
        }
    }
    names << Core::Analysis::RfmRequest().unmatchedSegment;
    return names;
}

}  // namespace

RfmCellCounts rfmCellCounts(const Core::Analysis::RfmResult &result)
{
    RfmCellCounts counts {};
    for (const Core::Analysis::RfmCustomer &customer : result.customers) {
        const bool scored = customer.recencyScore >= 1 && customer.recencyScore <= kScores
            && customer.frequencyScore >= 1 && customer.frequencyScore <= kScores && customer.monetaryScore >= 1
            && customer.monetaryScore <= kScores;
        if (scored) {
            ++counts[size_t(cellIndex(customer.recencyScore, customer.frequencyScore, customer.monetaryScore))];
        }
    }
    return counts;
}

SegmentRulesModel::SegmentRulesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    recount();
}

int SegmentRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int SegmentRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RfmSegmentRule &rule = m_rules.at(size_t(index.row()));
    const int column = index.column();
    const bool badCell
        = (column == Name && rule.name.trimmed().isEmpty()) || (isBoundColumn(column) && isBadRange(rule, column));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column == Name) {
            return Core::Report::segmentDisplayName(rule.name);
        }
        if (column == Customers) {
            // Grouped like the segment table's counts (1,281).
            return m_counts && role == Qt::DisplayRole ? QVariant(QLocale().toString(customersOf(index.row())))
                                                       : QVariant();
        }
        return *boundOf(rule, column);
    case Qt::ToolTipRole: {
        QStringList tips = problemsOf(index.row());
        if (const QString warning = warningOf(index.row()); !warning.isEmpty()) {
            tips << warning;
        }
        return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole:
        return badCell ? QVariant(QColor(0xf8, 0xd0, 0xd0)) : QVariant();
    case Qt::ForegroundRole:
        if (badCell) {
            return QColor(0x80, 0x00, 0x00);
        }
        // A rule that never catches anybody is greyed out.
        return warningOf(index.row()).isEmpty() ? QVariant() : QVariant(QColor(0x90, 0x90, 0x90));
    case Qt::TextAlignmentRole:
        return column == Name ? QVariant() : QVariant(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant SegmentRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole && section >= 0 && section < rowCount() ? QVariant(section + 1) : QVariant();
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Segment");
        case RecencyLow:
            return tr("R from");
        case RecencyHigh:
            return tr("R to");
        case FrequencyLow:
            return tr("F from");
        case FrequencyHigh:
            return tr("F to");
        case MonetaryLow:
            return tr("M from");
        case MonetaryHigh:
            return tr("M to");
        case Customers:
            return tr("Customers");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Name:
            return tr("The segment a customer matching this rule belongs to; rules with the same name form one "
                      "segment");
        case RecencyLow:
        case RecencyHigh:
            return tr("Recency score, 1 (longest ago) to 5 (most recent), both ends included");
        case FrequencyLow:
        case FrequencyHigh:
            return tr("Frequency score, 1 (fewest orders) to 5 (most), both ends included");
        case MonetaryLow:
        case MonetaryHigh:
            return tr("Monetary score, 1 (lowest net spend) to 5 (highest), both ends included");
        case Customers:
            return tr("Customers of the current as-of date and filters this rule would catch");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags SegmentRulesModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return index.column() == Customers ? flags : flags | Qt::ItemIsEditable;
}

bool SegmentRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == Customers) {
        return false;
    }
    RfmSegmentRule &rule = m_rules.at(size_t(index.row()));
    if (index.column() == Name) {
        const QString name = machineName(value.toString());
        if (name == rule.name) {
            return true;
        }
        rule.name = name;
    } else {
        bool ok = false;
        const int bound = value.toInt(&ok);
        if (!ok || bound < 1 || bound > kScores) {
            return false;
        }
        int *target = boundOf(rule, index.column());
        if (*target == bound) {
            return true;
        }
        *target = bound;
    }
    announceChange();
    return true;
}

bool SegmentRulesModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1) {
        return false;
    }
    beginInsertRows({}, row, row + count - 1);
    std::vector<RfmSegmentRule> added;
    for (int i = 0; i < count; ++i) {
        RfmSegmentRule rule;
        rule.name = tr("New rule %1").arg(++m_added);
        added.push_back(rule);
    }
    m_rules.insert(m_rules.begin() + row, added.begin(), added.end());
    endInsertRows();
    announceChange();
    return true;
}

bool SegmentRulesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount()) {
        return false;
    }
    beginRemoveRows({}, row, row + count - 1);
    m_rules.erase(m_rules.begin() + row, m_rules.begin() + row + count);
    endRemoveRows();
    announceChange();
    return true;
}

bool SegmentRulesModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                 const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount()) {
        return false;
    }
    // beginMoveRows refuses a destination inside the moved block (and the no-op moves).
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild)) {
        return false;
    }
    const std::vector<RfmSegmentRule> moved(m_rules.begin() + sourceRow, m_rules.begin() + sourceRow + count);
    m_rules.erase(m_rules.begin() + sourceRow, m_rules.begin() + sourceRow + count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    m_rules.insert(m_rules.begin() + insertAt, moved.begin(), moved.end());
    endMoveRows();
    announceChange();
    return true;
}

void SegmentRulesModel::setRules(const std::vector<RfmSegmentRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    recount();
    endResetModel();
    Q_EMIT rulesChanged();
}

void SegmentRulesModel::setCellCounts(std::shared_ptr<const RfmCellCounts> counts)
{
    m_counts = std::move(counts);
    announceChange();
}

qint64 SegmentRulesModel::customersOf(int row) const
{
    return row >= 0 && size_t(row) < m_customers.size() ? m_customers[size_t(row)] : 0;
}

bool SegmentRulesModel::canMatch(int row) const
{
    return row >= 0 && size_t(row) < m_canMatch.size() && m_canMatch[size_t(row)];
}

QStringList SegmentRulesModel::errors() const
{
    if (m_rules.empty()) {
        return {tr("Add at least one rule.")};
    }
    QStringList errors;
    for (int row = 0; row < rowCount(); ++row) {
        errors << problemsOf(row);
    }
    return errors;
}

QStringList SegmentRulesModel::warnings() const
{
    QStringList warnings;
    for (int row = 0; row < rowCount(); ++row) {
        if (const QString warning = warningOf(row); !warning.isEmpty()) {
            warnings << warning;
        }
    }
    return warnings;
}

QString SegmentRulesModel::warningOf(int row) const
{
    if (!problemsOf(row).isEmpty() || canMatch(row)) {
        return {};
    }
    return tr("Rule %1 (%2) never catches anybody: the rules above it cover all its scores.")
        .arg(row + 1)
        .arg(Core::Report::segmentDisplayName(m_rules.at(size_t(row)).name));
}

QString SegmentRulesModel::machineName(const QString &typed)
{
    const QString text = typed.trimmed();
    static const QStringList known = knownSegmentNames();
    for (const QString &name : known) {
        if (Core::Report::segmentDisplayName(name) == text) {
            return name;
        }
    }
    return text;
}

QStringList SegmentRulesModel::problemsOf(int row) const
{
    const RfmSegmentRule &rule = m_rules.at(size_t(row));
    const QString name = Core::Report::segmentDisplayName(rule.name);
    QStringList problems;
    if (rule.name.trimmed().isEmpty()) {
        problems << tr("Rule %1 needs a name.").arg(row + 1);
    }
    const std::array<std::pair<QString, int>, 3> dimensions {
        {{tr("R"), RecencyLow}, {tr("F"), FrequencyLow}, {tr("M"), MonetaryLow}}};
    for (const auto &[letter, low] : dimensions) {
        const int from = *boundOf(rule, low);
        const int to = *boundOf(rule, low + 1);
        if (from < 1 || to > kScores) {
            problems << tr("Rule %1 (%2): %3 scores run from 1 to 5.").arg(row + 1).arg(name, letter);
        } else if (from > to) {
            problems << tr("Rule %1 (%2): %3 from %4 is above %3 to %5.")
                            .arg(QString::number(row + 1), name, letter, QString::number(from), QString::number(to));
        }
    }
    return problems;
}

void SegmentRulesModel::recount()
{
    m_customers.assign(m_rules.size(), 0);
    m_canMatch.assign(m_rules.size(), false);
    m_unmatchedCustomers = 0;
    for (int r = 1; r <= kScores; ++r) {
        for (int f = 1; f <= kScores; ++f) {
            for (int m = 1; m <= kScores; ++m) {
                const qint64 customers = m_counts ? (*m_counts)[size_t(cellIndex(r, f, m))] : 0;
                const auto rule = std::find_if(m_rules.begin(), m_rules.end(), [&](const RfmSegmentRule &candidate) {
                    return candidate.matches(r, f, m);
                });
                if (rule == m_rules.end()) {
                    m_unmatchedCustomers += customers;
                    continue;
                }
                const auto row = size_t(rule - m_rules.begin());
                m_canMatch[row] = true;
                m_customers[row] += customers;
            }
        }
    }
}

// Counts, colours and tooltips of every row can change with any edit (first match wins).
void SegmentRulesModel::announceChange()
{
    recount();
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT rulesChanged();
}

}  // namespace Crm::Ui
