#pragma once

#include "analysis/rfm/rfm.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace Crm::Ui {

// Scored customers per (R, F, M) score cell: index (r - 1) * 25 + (f - 1) * 5 + (m - 1).
using RfmCellCounts = std::array<qint64, 125>;

// The counts of an RFM Result's customers (what the Segments page already scored).
RfmCellCounts rfmCellCounts(const Core::Analysis::RfmResult &result);

// The editable RFM segment rule table: one row per rule in matching order (the first rule a
// customer matches names the segment), the name and the six inclusive score bounds, and,
// given cell counts, how many customers each rule would catch. Validation is live: errors()
// block using the rules, warnings() do not.
class SegmentRulesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentRulesModel)

public:
    enum Column {
        Name,
        RecencyLow,
        RecencyHigh,
        FrequencyLow,
        FrequencyHigh,
        MonetaryLow,
        MonetaryHigh,
        Customers,
        ColumnCount
    };

    explicit SegmentRulesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Name: the text as shown; a default segment's translated name stays that segment.
    // Bounds: whole numbers 1-5 (a low above its high is taken, and reported).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // New rows catch every score (1-5 everywhere) and are named "New rule N".
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    const std::vector<Core::Analysis::RfmSegmentRule> &rules() const { return m_rules; }
    void setRules(const std::vector<Core::Analysis::RfmSegmentRule> &rules);
    // Without counts (nothing scored yet) the Customers column is empty.
    void setCellCounts(std::shared_ptr<const RfmCellCounts> counts);
    bool hasCellCounts() const { return bool(m_counts); }
    // Customers of rule `row`, and those no rule catches; 0 without counts.
    qint64 customersOf(int row) const;
    qint64 unmatchedCustomers() const { return m_unmatchedCustomers; }
    // Whether rule `row` can catch anybody: false when earlier rules cover all its scores.
    bool canMatch(int row) const;

    // Translated, one per problem, naming the rule by its position.
    QStringList errors() const;
    QStringList warnings() const;

    // The machine name of what the user typed: a default segment's translated name (e.g.
    // 冠军客户) is that segment (Champions), so it stays translated in every language;
    // anything else is a custom name, kept as typed (trimmed).
    static QString machineName(const QString &typed);

Q_SIGNALS:
    // After every change of the rules: counts and problems are up to date.
    void rulesChanged();

private:
    QStringList problemsOf(int row) const;
    QString warningOf(int row) const;
    void recount();
    void announceChange();

    std::vector<Core::Analysis::RfmSegmentRule> m_rules;
    std::shared_ptr<const RfmCellCounts> m_counts;
    std::vector<qint64> m_customers;  // per rule
    std::vector<bool> m_canMatch;  // per rule
    qint64 m_unmatchedCustomers = 0;
    int m_added = 0;  // for the names of new rules
};

}  // namespace Crm::Ui
