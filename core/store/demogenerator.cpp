#include "demogenerator.h"

#include "common/money.h"
#include "common/random.h"
#include "connection.h"
#include "customerdays.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace Crm::Core::Store {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Demo)
};

// ---- reference tables -------------------------------------------------------------------

const std::array kSurnames {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
                            "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
                            "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏"};
const std::array kGivenNames {"伟",   "芳",   "娜",   "秀英", "敏",   "静",   "丽",   "强", "磊", "军",   "洋",
                              "勇",   "艳",   "杰",   "娟",   "涛",   "明",   "超",   "霞", "平", "刚",   "桂英",
                              "浩然", "宇轩", "欣怡", "子涵", "梓萱", "一诺", "思远", "晨", "雪", "婷",   "琳",
                              "佳琪", "慧",   "俊杰", "鹏",   "飞",   "华",   "玲",   "倩", "睿", "博文", "诗涵"};
// Hong Kong and Taipei customers write their names in Traditional characters.
const std::array kTraditionalSurnames {"陳", "黃", "張", "林", "李", "王", "劉", "吳", "鄭", "謝", "梁", "何"};
const std::array kTraditionalGivenNames {"志明", "家豪", "嘉欣", "詠琪", "美玲", "俊傑",
                                         "雅婷", "建宏", "淑芬", "偉倫", "曉彤", "子健"};
const std::array kEnglishFirstNames {"James", "Olivia", "Michael", "Emma",  "David", "Sophia", "Daniel",
                                     "Grace", "Kevin",  "Chloe",   "Jason", "Emily", "Ryan",   "Hannah",
                                     "Eric",  "Vivian", "Tony",    "Cindy", "Jack",  "Amy"};
const std::array kEnglishLastNames {"Smith", "Wong",    "Chan", "Lee", "Brown",    "Taylor", "Lam",   "Cheung",
                                    "Ng",    "Johnson", "Tan",  "Lim", "Williams", "Martin", "Davies"};

struct City
{
    const char *name;
    double weight;
    bool traditional;
};
const std::array kCities {City {"上海", 14, false}, City {"北京", 12, false}, City {"广州", 9, false},
                          City {"深圳", 9, false},  City {"杭州", 7, false},  City {"成都", 7, false},
                          City {"南京", 5, false},  City {"武汉", 5, false},  City {"重庆", 5, false},
                          City {"西安", 4, false},  City {"苏州", 4, false},  City {"天津", 3, false},
                          City {"长沙", 3, false},  City {"香港", 4, true},   City {"台北", 3, true}};

const std::array kChannels {"Tmall", "JD", "WeChat Mini Program", "Store", "Website"};
const std::array kChannelWeights {30.0, 20.0, 25.0, 15.0, 10.0};
constexpr int kStoreChannel = 3;
const std::array kStores {"上海南京西路店", "北京三里屯店", "广州天河店", "深圳万象城店", "杭州湖滨店", "成都太古里店"};

struct Product
{
    const char *sku;
    const char *name;
    int priceYuan;
};
// A lifestyle brand's catalogue, sorted by price so that a target price finds its neighbours.
const std::array kProducts {Product {"SK-101", "氨基酸洁面乳 Amino Cleanser 120ml", 69},
                            Product {"AC-201", "棉质袜子三双装 Cotton Socks x3", 79},
                            Product {"SK-102", "补水面膜 Hydrating Mask x5", 99},
                            Product {"AC-202", "帆布托特包 Canvas Tote", 129},
                            Product {"SK-103", "保湿爽肤水 Moisture Toner 200ml", 149},
                            Product {"AP-301", "基础圆领T恤 Crew Tee", 159},
                            Product {"SK-104", "防晒乳 SPF50 Sunscreen 50ml", 189},
                            Product {"SK-105", "保湿精华液 Hydra Serum 30ml", 269},
                            Product {"AP-302", "亚麻衬衫 Linen Shirt", 299},
                            Product {"AP-303", "直筒牛仔裤 Straight Jeans", 359},
                            Product {"SK-106", "修护晚霜 Night Repair Cream 50g", 399},
                            Product {"AC-203", "真皮卡包 Leather Card Holder", 429},
                            Product {"AP-304", "羊毛针织衫 Merino Knit", 599},
                            Product {"SK-107", "抗老精华 Age Defy Serum 50ml", 699},
                            Product {"AP-305", "轻薄羽绒服 Light Down Jacket", 899},
                            Product {"AC-204", "真皮手提包 Leather Handbag", 1299},
                            Product {"SK-108", "护肤礼盒 Skincare Gift Set", 1599},
                            Product {"AP-306", "羊绒大衣 Cashmere Coat", 2899}};

// ---- the simulated shop --------------------------------------------------------------

struct DemoLine
{
    int product;
    int quantity;
};

struct DemoOrder
{
    int day = 0;  // days since the first day of the data
    int minute = 0;  // minute of the day
    MoneyMinor amount = 0;
    QString campaignId;
    std::vector<DemoLine> lines;
};

struct DemoCustomer
{
    QString id;
    QString name;
    QString phone;
    QString email;
    QString city;
    QString gender;
    QString birthday;
    QString signup;
    int preferredChannel = 0;
    int homeStore = 0;
    double rate = 0;  // purchases per day while alive
    double dropout = 0;  // probability of leaving after each purchase
    double spendRate = 0;
    int firstDay = -1;  // -1: a prospect who signed up and never bought
    std::vector<DemoOrder> orders;
};

struct DemoCampaign
{
    const char *id;
    const char *name;
    const char *channel;
    QDate start;
    QDate end;
    MoneyMinor cost;
    const char *target;
    double reach;  // share of eligible customers contacted
    double controlShare;  // 0: no control group
    double uplift;  // extra probability that a treated customer orders in the window
};

QString digits(Random &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        text += QChar(u'0' + random.uniformInt(0, 9));
    }
    return text;
}

template<typename Array>
QString pick(Random &random, const Array &array)
{
    return QString::fromUtf8(array[size_t(random.uniformInt(0, int(array.size()) - 1))]);
}

class DemoShop
{
public:
    DemoShop(const DemoOptions &options)
        : m_options(options)
        , m_random(options.seed)
        , m_firstDate(options.lastDay.addYears(-options.years).addDays(1))
        , m_days(int(m_firstDate.daysTo(options.lastDay)) + 1)
    { }

    QDate date(int day) const { return m_firstDate.addDays(day); }
    int dayOf(QDate date) const { return int(m_firstDate.daysTo(date)); }
    int days() const { return m_days; }

    DemoCustomer makeCustomer(int index);
    void addOrganicOrders(DemoCustomer &customer);
    QList<DemoCampaign> campaigns() const;
    // Chooses contacts for a campaign and adds the orders its uplift causes.
    struct Contact
    {
        int customer;
        bool control;
        int minute;
    };
    std::vector<Contact> runCampaign(const DemoCampaign &campaign, std::vector<DemoCustomer> &customers);
    Random &random() { return m_random; }

private:
    DemoOrder makeOrder(const DemoCustomer &customer, int day);
    bool isEligible(const DemoCampaign &campaign, const DemoCustomer &customer, int contactDay) const;

    DemoOptions m_options;
    Random m_random;
    QDate m_firstDate;
    int m_days;
};

DemoCustomer DemoShop::makeCustomer(int index)
{
    Random &r = m_random;
    DemoCustomer c;
    c.id = QStringLiteral("C%1").arg(index + 1, 6, 10, QLatin1Char('0'));
    std::array<double, kCities.size()> cityWeights {};
    for (size_t i = 0; i < kCities.size(); ++i) {
        cityWeights[i] = kCities[i].weight;
    }
    const City &city = kCities[size_t(r.weightedIndex(cityWeights))];
    c.city = QString::fromUtf8(city.name);
    c.gender = r.chance(0.58) ? QStringLiteral("F") : QStringLiteral("M");
    const bool english = r.chance(0.2);
    if (english) {
        const QString first = pick(r, kEnglishFirstNames);
        const QString last = pick(r, kEnglishLastNames);
        c.name = first + QLatin1Char(' ') + last;
        if (r.chance(0.6)) {
            c.email = QStringLiteral("%1.%2%3@%4")
                          .arg(first.toLower(), last.toLower(), digits(r, 2),
                               r.chance(0.5) ? QStringLiteral("gmail.com") : QStringLiteral("outlook.com"));
        }
    } else if (city.traditional) {
        c.name = pick(r, kTraditionalSurnames) + pick(r, kTraditionalGivenNames);
    } else {
        c.name = pick(r, kSurnames) + pick(r, kGivenNames);
    }
    if (!english && r.chance(0.5)) {
        c.email = r.chance(0.6) ? QString::number(r.uniformInt(10000000, 999999999)) + QStringLiteral("@qq.com")
                                : QStringLiteral("user%1@163.com").arg(digits(r, 6));
    }
    if (c.city == QStringLiteral("香港")) {
        c.phone = QStringLiteral("+852 %1%2 %3").arg(QString::number(r.uniformInt(5, 9)), digits(r, 3), digits(r, 4));
    } else if (c.city == QStringLiteral("台北")) {
        c.phone = QStringLiteral("09%1").arg(digits(r, 8));
    } else {
        static const std::array prefixes {"133", "135", "136", "137", "138", "139", "150", "151", "152", "157",
                                          "158", "159", "177", "180", "182", "186", "187", "188", "189", "199"};
        c.phone = pick(r, prefixes) + digits(r, 8);
    }
    if (r.chance(0.7)) {
        const QDate birthday = m_options.lastDay.addYears(-r.uniformInt(18, 65)).addDays(-r.uniformInt(0, 364));
        c.birthday = birthday.toString(Qt::ISODate);
    }
    c.preferredChannel = r.weightedIndex(kChannelWeights);
    c.homeStore = r.uniformInt(0, int(kStores.size()) - 1);
    // Buy-till-you-die: heterogeneous purchase rates and drop-out (BG/NBD), spend Gamma-Gamma.
    c.rate = r.gamma(0.9, 1.0 / 70.0);
    c.dropout = r.beta(0.5, 4.0);
    c.spendRate = r.gamma(3.5, 1.0 / 140.0);
    // More customers join later than earlier: a growing shop.
    const int joinDay = int(std::floor(double(m_days) * std::sqrt(r.uniform())));
    c.signup = date(std::max(0, joinDay - r.uniformInt(0, 30))).toString(Qt::ISODate);
    if (!r.chance(0.06)) {
        c.firstDay = joinDay;
    }
    return c;
}

DemoOrder DemoShop::makeOrder(const DemoCustomer &customer, int day)
{
    Random &r = m_random;
    DemoOrder order;
    order.day = day;
    order.minute = r.uniformInt(8 * 60, 23 * 60 + 30);
    // Gamma-Gamma spend, realised as catalogue lines whose prices approximate the draw.
    const double target = r.gamma(5.0, 1.0 / customer.spendRate);
    const int lineCount = target > 600 ? r.uniformInt(1, 3) : r.uniformInt(1, 2);
    for (int i = 0; i < lineCount; ++i) {
        const double linePrice = target / lineCount * r.uniform(0.6, 1.4);
        const auto it = std::lower_bound(kProducts.begin(), kProducts.end(), linePrice,
                                         [](const Product &p, double price) { return p.priceYuan < price; });
        int product = int(std::min<ptrdiff_t>(it - kProducts.begin(), ptrdiff_t(kProducts.size()) - 1));
        // The nearest price, not always the next dearer one.
        if (product > 0
            && linePrice - kProducts[size_t(product - 1)].priceYuan
                < kProducts[size_t(product)].priceYuan - linePrice) {
            --product;
        }
        const int quantity = kProducts[size_t(product)].priceYuan < 150 && r.chance(0.3) ? 2 : 1;
        order.lines.push_back({product, quantity});
        order.amount += MoneyMinor(kProducts[size_t(product)].priceYuan) * kMinorPerMajor * quantity;
    }
    return order;
}

void DemoShop::addOrganicOrders(DemoCustomer &customer)
{
    if (customer.firstDay < 0) {
        return;
    }
    Random &r = m_random;
    double day = customer.firstDay;
    for (;;) {
        customer.orders.push_back(makeOrder(customer, int(day)));
        if (r.chance(0.03)) {  // a second order the same day: forgot something
            DemoOrder extra = makeOrder(customer, int(day));
            extra.minute = std::min(23 * 60 + 59, customer.orders.back().minute + r.uniformInt(5, 90));
            customer.orders.push_back(std::move(extra));
        }
        if (r.chance(customer.dropout) || customer.orders.size() > 400) {
            return;
        }
        day += std::max(1.0, std::ceil(r.exponential(customer.rate)));
        if (day >= m_days) {
            return;
        }
    }
}

QList<DemoCampaign> DemoShop::campaigns() const
{
    const QDate last = m_options.lastDay;
    // Dates keep their place relative to the end of the data, whatever the year.
    auto at = [&](int yearsBack, int month, int day) { return QDate(last.year() - yearsBack, month, day); };
    return {
        {"CMP-D11", "双11老客回馈 Double 11 loyalty coupons", "WeChat", at(2, 11, 1), at(2, 11, 11), 30000 * 100,
         "active", 0.8, 0.15, 0.08},
        {"CMP-618", "618年中大促短信 618 mid-year SMS", "SMS", at(1, 6, 1), at(1, 6, 18), 15000 * 100, "all", 0.8, 0.10,
         0.0},
        {"CMP-WINBACK", "沉睡客户唤醒 Dormant win-back", "SMS", at(0, 3, 1), at(0, 3, 31), 8000 * 100, "dormant", 1.0,
         0.20, 0.12},
        {"CMP-VIP", "会员日邀请 Members' day invitation", "Email", at(0, 9, 10), at(0, 9, 20), 6000 * 100, "vip", 1.0,
         0.0, 0.05},
    };
}

bool DemoShop::isEligible(const DemoCampaign &campaign, const DemoCustomer &customer, int contactDay) const
{
    int lastDay = -1;
    MoneyMinor yearSpend = 0;
    for (const DemoOrder &order : customer.orders) {
        if (order.day >= contactDay) {
            break;
        }
        lastDay = order.day;
        if (order.day >= contactDay - 365) {
            yearSpend += order.amount;
        }
    }
    if (lastDay < 0) {
        return false;
    }
    const int quiet = contactDay - lastDay;
    const QLatin1String target(campaign.target);
    if (target == QLatin1String("active")) {
        return quiet <= 365;
    }
    if (target == QLatin1String("dormant")) {
        return quiet >= 180 && quiet <= 720;
    }
    if (target == QLatin1String("vip")) {
        return yearSpend >= 3000 * kMinorPerMajor;
    }
    return true;
}

std::vector<DemoShop::Contact> DemoShop::runCampaign(const DemoCampaign &campaign, std::vector<DemoCustomer> &customers)
{
    Random &r = m_random;
    const int contactDay = dayOf(campaign.start);
    const int window = int(campaign.start.daysTo(campaign.end)) + 1;
    std::vector<Contact> contacts;
    for (int i = 0; i < int(customers.size()); ++i) {
        DemoCustomer &customer = customers[size_t(i)];
        if (!isEligible(campaign, customer, contactDay) || !r.chance(campaign.reach)) {
            continue;
        }
        const bool control = r.chance(campaign.controlShare);
        contacts.push_back({i, control, r.uniformInt(9 * 60, 11 * 60)});
        if (control || !r.chance(campaign.uplift)) {
            continue;
        }
        DemoOrder order = makeOrder(customer, contactDay + r.uniformInt(0, window - 1));
        order.campaignId = QString::fromLatin1(campaign.id);
        customer.orders.push_back(std::move(order));
        // A reactivated customer sometimes stays: a few more orders at their old pace.
        if (QLatin1String(campaign.target) == QLatin1String("dormant") && r.chance(0.4)) {
            double day = customer.orders.back().day;
            while (!r.chance(0.35)) {
                day += std::max(1.0, std::ceil(r.exponential(customer.rate)));
                if (day >= m_days) {
                    break;
                }
                customer.orders.push_back(makeOrder(customer, int(day)));
            }
        }
        std::stable_sort(customer.orders.begin(), customer.orders.end(),
                         [](const DemoOrder &a, const DemoOrder &b) { return a.day < b.day; });
    }
    return contacts;
}

// ---- writing ----------------------------------------------------------------------------

class Statement
{
public:
    Statement(QSqlDatabase db, const QString &sql)
        : m_query(db)
    {
        m_ok = m_query.prepare(sql);
    }
    VoidResult run(const QVariantList &values)
    {
        if (!m_ok) {
            return databaseError(m_query.lastQuery().left(60), m_query.lastError().text());
        }
        for (int i = 0; i < values.size(); ++i) {
            m_query.bindValue(i, values.at(i));
        }
        if (!m_query.exec()) {
            return databaseError(m_query.lastQuery().left(60), m_query.lastError().text());
        }
        return {};
    }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString tierFor(MoneyMinor yearSpend)
{
    if (yearSpend >= 20000 * kMinorPerMajor) {
        return QStringLiteral("Diamond");
    }
    if (yearSpend >= 5000 * kMinorPerMajor) {
        return QStringLiteral("Gold");
    }
    if (yearSpend >= 1000 * kMinorPerMajor) {
        return QStringLiteral("Silver");
    }
    return QStringLiteral("Regular");
}

class DemoWriter
{
public:
    DemoWriter(QSqlDatabase db, DemoShop &shop, qint64 importId)
        : m_shop(shop)
        , m_importId(importId)
        , m_customer(db,
                     QStringLiteral("INSERT INTO customers (customer_id, name, phone, email, city, gender, "
                                    "birthday, signup_at, tier, points_balance, extra, import_id) "
                                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"))
        , m_order(db,
                  QStringLiteral("INSERT INTO orders (order_id, customer_id, ordered_at, amount_minor, channel, "
                                 "store, campaign_id, points_earned, points_redeemed, status, import_id) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?)"))
        , m_line(db,
                 QStringLiteral("INSERT INTO order_items (order_id, line, sku, product, quantity, "
                                "unit_price_minor, import_id) VALUES (?,?,?,?,?,?,?)"))
    { }

    VoidResult writeCustomer(DemoCustomer &customer, int index, DemoSummary &summary);

private:
    QString timestamp(int day, int minute) const
    {
        return m_shop.date(day).toString(Qt::ISODate)
            + QStringLiteral("T%1:%2:00")
                  .arg(minute / 60, 2, 10, QLatin1Char('0'))
                  .arg(minute % 60, 2, 10, QLatin1Char('0'));
    }

    DemoShop &m_shop;
    qint64 m_importId;
    Statement m_customer;
    Statement m_order;
    Statement m_line;
};

VoidResult DemoWriter::writeCustomer(DemoCustomer &customer, int index, DemoSummary &summary)
{
    Random &r = m_shop.random();
    std::stable_sort(customer.orders.begin(), customer.orders.end(), [](const DemoOrder &a, const DemoOrder &b) {
        return a.day != b.day ? a.day < b.day : a.minute < b.minute;
    });
    qint64 balance = 0;
    MoneyMinor yearSpend = 0;
    const int yearStart = m_shop.days() - 365;
    int sequence = 0;
    for (const DemoOrder &order : customer.orders) {
        const QString orderId = QStringLiteral("SO%1%2%3")
                                    .arg(m_shop.date(order.day).toString(QStringLiteral("yyyyMMdd")))
                                    .arg(index + 1, 6, 10, QLatin1Char('0'))
                                    .arg(++sequence, 3, 10, QLatin1Char('0'));
        const int channel = r.chance(0.7) ? customer.preferredChannel : r.weightedIndex(kChannelWeights);
        const QString store
            = channel == kStoreChannel ? QString::fromUtf8(kStores[size_t(customer.homeStore)]) : QString();
        const qint64 earned = order.amount / kMinorPerMajor;  // one point per yuan
        qint64 redeemed = 0;
        if (balance >= 500 && r.chance(0.15)) {
            redeemed = std::min<qint64>(balance, 100LL * r.uniformInt(5, 30)) / 100 * 100;
        }
        balance += earned - redeemed;
        if (order.day >= yearStart) {
            yearSpend += order.amount;
        }
        if (auto ok
            = m_order.run({orderId, customer.id, timestamp(order.day, order.minute), order.amount,
                           QString::fromLatin1(kChannels[size_t(channel)]), textOrNull(store),
                           textOrNull(order.campaignId), earned, redeemed, QStringLiteral("purchase"), m_importId});
            !ok) {
            return ok;
        }
        for (size_t line = 0; line < order.lines.size(); ++line) {
            const Product &product = kProducts[size_t(order.lines[line].product)];
            if (auto ok
                = m_line.run({orderId, int(line) + 1, QString::fromLatin1(product.sku), QString::fromUtf8(product.name),
                              order.lines[line].quantity, MoneyMinor(product.priceYuan) * kMinorPerMajor, m_importId});
                !ok) {
                return ok;
            }
        }
        ++summary.orders;
        // Some purchases come back, in full or in part, within two weeks.
        const int returnDay = order.day + r.uniformInt(1, 14);
        if (r.chance(0.04) && returnDay < m_shop.days()) {
            const MoneyMinor refund
                = r.chance(0.7) ? order.amount : MoneyMinor(std::llround(double(order.amount) * r.uniform(0.2, 0.6)));
            const qint64 pointsBack = refund / kMinorPerMajor;
            balance = std::max<qint64>(0, balance - pointsBack);
            if (returnDay >= yearStart) {
                yearSpend -= refund;
            }
            if (auto ok
                = m_order.run({QString(orderId + QStringLiteral("-R")), customer.id,
                               timestamp(returnDay, r.uniformInt(10 * 60, 20 * 60)), -refund,
                               QString::fromLatin1(kChannels[size_t(channel)]), textOrNull(store),
                               textOrNull(order.campaignId), -pointsBack, 0, QStringLiteral("return"), m_importId});
                !ok) {
                return ok;
            }
            ++summary.returns;
        }
    }
    ++summary.customers;
    return m_customer.run({customer.id, customer.name, customer.phone, textOrNull(customer.email), customer.city,
                           customer.gender, textOrNull(customer.birthday), customer.signup, tierFor(yearSpend), balance,
                           QVariant(QMetaType(QMetaType::QString)), m_importId});
}

Result<qint64> insertImportRecord(QSqlDatabase db, const DemoOptions &options, const QDate &lastDay)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO imports (file_name, kind, mapping, started_at, finished_at, status) "
                                 "VALUES (?, 'demo', ?, ?, ?, 'completed')"));
    // A fixed time stamp keeps the contents identical for a seed.
    const QString when = lastDay.addDays(1).toString(Qt::ISODate) + QStringLiteral("T00:00:00");
    query.addBindValue(QStringLiteral("demo"));
    query.addBindValue(QStringLiteral("{\"customers\": %1, \"seed\": %2}").arg(options.customers).arg(options.seed));
    query.addBindValue(when);
    query.addBindValue(when);
    if (!query.exec()) {
        return databaseError(QStringLiteral("imports"), query.lastError().text());
    }
    return query.lastInsertId().toLongLong();
}

VoidResult requireEmpty(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM customers) + (SELECT COUNT(*) FROM orders) + "
                                   "(SELECT COUNT(*) FROM campaigns)"))
        || !query.next()) {
        return databaseError(QStringLiteral("count"), query.lastError().text());
    }
    if (query.value(0).toLongLong() > 0) {
        return makeError(Error::Code::BadInput,
                         Text::tr("The workspace already holds data; demo data goes into a new, empty workspace."));
    }
    return {};
}

VoidResult writeDemo(QSqlDatabase db, const DemoOptions &options, const ProgressSink &progress, DemoSummary &summary)
{
    DemoShop shop(options);
    std::vector<DemoCustomer> customers;
    customers.reserve(size_t(options.customers));
    for (int i = 0; i < options.customers; ++i) {
        customers.push_back(shop.makeCustomer(i));
        shop.addOrganicOrders(customers.back());
    }
    auto importId = insertImportRecord(db, options, options.lastDay);
    if (!importId) {
        return importId.error();
    }
    Statement campaignRow(db,
                          QStringLiteral("INSERT INTO campaigns (campaign_id, name, channel, start_date, end_date, "
                                         "cost_minor, target, import_id) VALUES (?,?,?,?,?,?,?,?)"));
    Statement contactRow(db,
                         QStringLiteral("INSERT INTO campaign_contacts (campaign_id, customer_id, contacted_at, "
                                        "grp, channel, import_id) VALUES (?,?,?,?,?,?)"));
    for (const DemoCampaign &campaign : shop.campaigns()) {
        const auto contacts = shop.runCampaign(campaign, customers);
        if (auto ok = campaignRow.run({QString::fromLatin1(campaign.id), QString::fromUtf8(campaign.name),
                                       QString::fromLatin1(campaign.channel), campaign.start.toString(Qt::ISODate),
                                       campaign.end.toString(Qt::ISODate), campaign.cost,
                                       QString::fromLatin1(campaign.target), importId.value()});
            !ok) {
            return ok;
        }
        for (const auto &contact : contacts) {
            const QString at = campaign.start.toString(Qt::ISODate)
                + QStringLiteral("T%1:%2:00")
                      .arg(contact.minute / 60, 2, 10, QLatin1Char('0'))
                      .arg(contact.minute % 60, 2, 10, QLatin1Char('0'));
            if (auto ok = contactRow.run({QString::fromLatin1(campaign.id), customers[size_t(contact.customer)].id, at,
                                          contact.control ? QStringLiteral("control") : QStringLiteral("treatment"),
                                          QString::fromLatin1(campaign.channel), importId.value()});
                !ok) {
                return ok;
            }
            ++summary.contacts;
        }
        ++summary.campaigns;
    }
    DemoWriter writer(db, shop, importId.value());
    for (int i = 0; i < int(customers.size()); ++i) {
        if (auto ok = writer.writeCustomer(customers[size_t(i)], i, summary); !ok) {
            return ok;
        }
        customers[size_t(i)].orders = {};  // free memory as we go
        if (i % 256 == 0 && !reportProgress(progress, i, options.customers)) {
            return makeError(Error::Code::Cancelled, Text::tr("Creating the demo workspace was cancelled."));
        }
    }
    QSqlQuery finish(db);
    finish.prepare(QStringLiteral("UPDATE imports SET rows_read = ?, rows_imported = ? WHERE import_id = ?"));
    const qint64 rows = summary.customers + summary.orders + summary.returns + summary.contacts + summary.campaigns;
    finish.addBindValue(rows);
    finish.addBindValue(rows);
    finish.addBindValue(importId.value());
    if (!finish.exec()) {
        return databaseError(QStringLiteral("imports"), finish.lastError().text());
    }
    reportProgress(progress, options.customers, options.customers);
    return {};
}

}  // namespace

Result<DemoSummary> generateDemo(const Workspace &workspace, const DemoOptions &options, const ProgressSink &progress)
{
    if (options.customers < 1 || options.customers > 5'000'000) {
        return makeError(Error::Code::BadUsage,
                         Text::tr("The number of demo customers must be between 1 and 5,000,000."));
    }
    auto connection = workspace.connect();
    if (!connection) {
        return connection.error();
    }
    QSqlDatabase db = connection->database();
    if (auto ok = requireEmpty(db); !ok) {
        return ok.error();
    }
    if (!db.transaction()) {
        return databaseError(QStringLiteral("BEGIN"), db.lastError().text());
    }
    DemoSummary summary;
    if (auto ok = writeDemo(db, options, progress, summary); !ok) {
        db.rollback();
        return ok.error();
    }
    if (auto ok = rebuildCustomerDayCache(db); !ok) {
        db.rollback();
        return ok.error();
    }
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        return databaseError(QStringLiteral("COMMIT"), text);
    }
    return summary;
}

}  // namespace Crm::Core::Store
