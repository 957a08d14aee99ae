#include "labels.h"

#include <QCoreApplication>
#include <QStringList>

namespace Crm::Ui::Labels {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Ui::Labels)
};

}  // namespace

QString funnelStep(const QString &name)
{
    if (name == QLatin1String("acquired")) {
        return Text::tr("Bought once or more", "funnel step");
    }
    if (name == QLatin1String("repeat")) {
        return Text::tr("Bought again", "funnel step");
    }
    if (name == QLatin1String("not_churned")) {
        return Text::tr("Not churned", "funnel step");
    }
    if (name == QLatin1String("active")) {
        return Text::tr("Active", "funnel step");
    }
    return name;
}

QString lifecycleStage(const QString &name)
{
    if (name == QLatin1String("prospect")) {
        return Text::tr("Prospect", "lifecycle stage");
    }
    if (name == QLatin1String("new")) {
        return Text::tr("New", "lifecycle stage");
    }
    if (name == QLatin1String("active")) {
        return Text::tr("Active", "lifecycle stage");
    }
    if (name == QLatin1String("dormant")) {
        return Text::tr("Dormant", "lifecycle stage");
    }
    if (name == QLatin1String("churned")) {
        return Text::tr("Churned", "lifecycle stage");
    }
    return name;
}

QString gender(const QString &value)
{
    static const QStringList female {QStringLiteral("f"), QStringLiteral("female"), QStringLiteral("w"),
                                     QStringLiteral("woman"), QStringLiteral("女")};
    static const QStringList male {QStringLiteral("m"), QStringLiteral("male"), QStringLiteral("man"),
                                   QStringLiteral("男")};
    const QString key = value.trimmed().toLower();
    if (female.contains(key)) {
        return Text::tr("Female", "gender");
    }
    if (male.contains(key)) {
        return Text::tr("Male", "gender");
    }
    return value;
}

QString tier(const QString &name)
{
    if (name == QLatin1String("Regular")) {
        return Text::tr("Regular", "membership tier");
    }
    if (name == QLatin1String("Silver")) {
        return Text::tr("Silver", "membership tier");
    }
    if (name == QLatin1String("Gold")) {
        return Text::tr("Gold", "membership tier");
    }
    if (name == QLatin1String("Diamond")) {
        return Text::tr("Diamond", "membership tier");
    }
    if (name.isEmpty()) {
        return Text::tr("(none)", "no tier");
    }
    return name;
}

const QHash<QString, QString> &columnTitles()
{
    static const QHash<QString, QString> titles {
        {QStringLiteral("customer_id"), Text::tr("Customer ID")},
        {QStringLiteral("name"), Text::tr("Name")},
        {QStringLiteral("phone"), Text::tr("Phone")},
        {QStringLiteral("customers"), Text::tr("Customers")},
        {QStringLiteral("step"), Text::tr("Step", "funnel step")},
        {QStringLiteral("stage"), Text::tr("Stage", "lifecycle stage")},
        {QStringLiteral("tier"), Text::tr("Tier", "membership tier")},
        {QStringLiteral("month"), Text::tr("Month")},
        {QStringLiteral("revenue"), Text::tr("Revenue")},
        {QStringLiteral("orders"), Text::tr("Orders")},
        {QStringLiteral("pct_of_previous"), Text::tr("% of previous step")},
        {QStringLiteral("pct_of_first"), Text::tr("% of first step")},
        {QStringLiteral("ordered_at"), Text::tr("Date")},
        {QStringLiteral("order_id"), Text::tr("Order")},
        {QStringLiteral("amount"), Text::tr("Amount")},
        {QStringLiteral("channel"), Text::tr("Channel")},
        {QStringLiteral("status"), Text::tr("Status")},
        {QStringLiteral("recency_days"), Text::tr("Recency (days)")},
        {QStringLiteral("last_purchase"), Text::tr("Last purchase")},
        {QStringLiteral("first_purchase"), Text::tr("First purchase")},
        {QStringLiteral("purchase_orders"), Text::tr("Orders")},
        {QStringLiteral("value_at_risk"), Text::tr("Value before going quiet")},
        {QStringLiteral("cycle_days"), Text::tr("Usual cycle (days)")},
        {QStringLiteral("campaign"), Text::tr("Campaign")},
        {QStringLiteral("contacts"), Text::tr("Contacts")},
        {QStringLiteral("control"), Text::tr("Control group")},
        {QStringLiteral("responders"), Text::tr("Responders")},
        {QStringLiteral("response_rate"), Text::tr("Response rate")},
        {QStringLiteral("control_response_rate"), Text::tr("Control response rate")},
        {QStringLiteral("uplift"), Text::tr("Uplift")},
        {QStringLiteral("attributed_revenue"), Text::tr("Attributed revenue")},
        {QStringLiteral("incremental_revenue"), Text::tr("Incremental revenue")},
        {QStringLiteral("cost"), Text::tr("Cost")},
        {QStringLiteral("roas"), Text::tr("ROAS")},
        {QStringLiteral("roi"), Text::tr("ROI")},
        {QStringLiteral("p_value"), Text::tr("p-value")},
        {QStringLiteral("significance"), Text::tr("Significance")},
        {QStringLiteral("reactivation_rate"), Text::tr("Reactivation rate")},
        {QStringLiteral("average_order_value"), Text::tr("Average order value")},
        {QStringLiteral("note"), Text::tr("Note")},
        {QStringLiteral("import_id"), Text::tr("Import")},
        {QStringLiteral("file_name"), Text::tr("File")},
        {QStringLiteral("sheet"), Text::tr("Sheet")},
        {QStringLiteral("kind"), Text::tr("Kind", "kind of data imported")},
        {QStringLiteral("started_at"), Text::tr("Imported at")},
        {QStringLiteral("rows_read"), Text::tr("Rows read")},
        {QStringLiteral("rows_imported"), Text::tr("Rows imported")},
        {QStringLiteral("rows_rejected"), Text::tr("Rows rejected")},
        {QStringLiteral("file_sha256"), Text::tr("SHA-256")},
        {QStringLiteral("row_number"), Text::tr("Row")},
        {QStringLiteral("column"), Text::tr("Column")},
        {QStringLiteral("reason"), Text::tr("Reason")},
        {QStringLiteral("raw"), Text::tr("Raw values")},
        {QStringLiteral("from_stage"), Text::tr("Stage 90 days earlier")},
        {QStringLiteral("segment"), Text::tr("Segment")},
        {QStringLiteral("revenue_share"), Text::tr("Share of revenue")},
        {QStringLiteral("cohort"), Text::tr("Cohort")},
        {QStringLiteral("size"), Text::tr("Size")},
    };
    return titles;
}

}  // namespace Crm::Ui::Labels
