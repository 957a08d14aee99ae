#include "fieldcatalog.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Crm::Core::Import {

namespace {

QStringList words(const char16_t *text)
{
    return QString::fromUtf16(text).split(u' ', Qt::SkipEmptyParts);
}

// Synonyms are written already normalised (lower case, no separators).
FieldSpec field(const char *name, ValueType type, bool required, const char16_t *synonyms)
{
    return {QString::fromLatin1(name), type, required, words(synonyms)};
}

const char16_t kOrderId[] = u"orderid orderno ordernumber order order# invoiceno invoice invoiceid invoicenumber "
                            u"transactionid txnid billno receiptno 订单号 订单编号 订单id 订单号码 单号 交易单号 "
                            u"交易号 流水号 小票号 訂單編號 訂單號 訂單號碼 單號 交易單號 交易序號";
const char16_t kCustomerId[] = u"customerid custid customerno customernumber customer clientid memberid memberno "
                               u"membernumber userid buyerid 会员编号 会员号 会员id 会员卡号 客户id 客户编号 "
                               u"客户号 顾客编号 顾客id 用户id 买家id 客戶編號 客戶id 客戶號 會員編號 會員號 "
                               u"會員卡號 顧客編號 用戶id 交易对方 交易對方";
const char16_t kCampaignId[]
    = u"campaignid campaign campaigncode promotionid 活动id 活动编号 活动 活動編號 活動id 活動";
const char16_t kChannel[] = u"channel saleschannel source 渠道 销售渠道 来源 通路 銷售渠道 來源";

QList<FieldSpec> orderFields()
{
    return {
        field("order_id", ValueType::Id, true, kOrderId),
        field("customer_id", ValueType::Id, true, kCustomerId),
        field("ordered_at", ValueType::DateTime, true,
              u"orderdate orderedat ordertime invoicedate purchasedate transactiondate txndate date datetime time "
              u"createdat 下单时间 订单日期 订单时间 交易时间 交易日期 付款时间 支付时间 创建时间 成交时间 购买日期 "
              u"日期 时间 下單時間 訂單日期 訂單時間 交易時間 交易日期 付款時間 購買日期 日期 時間"),
        field("amount", ValueType::Money, false,
              u"amount netamount revenue sales total ordertotal totalamount ordervalue amountpaid paid payment "
              u"实付金额 订单金额 金额 实付款 实收金额 支付金额 交易金额 总金额 消费金额 应付金额 合计 實付金額 "
              u"訂單金額 金額 交易金額 總金額 消費金額 實收金額"),
        field("channel", ValueType::Text, false, kChannel),
        field("store", ValueType::Text, false,
              u"store shop storename shopname branch outlet 门店 店铺 店铺名称 门店名称 分店 門市 門店 店鋪"),
        field("campaign_id", ValueType::Id, false, kCampaignId),
        field("points_earned", ValueType::Integer, false, u"pointsearned 获得积分 积分 獲得積分 積分"),
        field("points_redeemed", ValueType::Integer, false,
              u"pointsredeemed pointsused 使用积分 抵扣积分 使用積分 積分折抵"),
        field("status", ValueType::Text, false,
              u"status orderstatus state 订单状态 状态 交易状态 当前状态 訂單狀態 狀態 交易狀態"),
        field("sku", ValueType::Id, false,
              u"sku stockcode productcode itemcode productid itemid articleno 商品编码 商品编号 货号 条码 "
              u"商品編號 商品編碼 貨號 條碼"),
        field("product", ValueType::Text, false,
              u"product description productname itemname item 商品 商品名称 品名 产品名称 商品名稱 產品名稱"),
        field("quantity", ValueType::Number, false, u"quantity qty units 数量 购买数量 件数 數量 購買數量"),
        field("unit_price", ValueType::Money, false,
              u"unitprice price priceeach 单价 商品单价 售价 价格 單價 售價 價格"),
    };
}

QList<FieldSpec> customerFields()
{
    return {
        field("customer_id", ValueType::Id, true, kCustomerId),
        field("name", ValueType::Text, false,
              u"name customername fullname membername 姓名 客户姓名 会员姓名 顾客姓名 名字 客戶姓名 會員姓名 顧客姓名"),
        field("phone", ValueType::Id, false,
              u"phone mobile tel telephone cellphone phonenumber mobilephone 手机 手机号 手机号码 电话 联系电话 "
              u"手機 手機號碼 電話 聯絡電話"),
        field("email", ValueType::Text, false, u"email mail emailaddress 邮箱 电子邮件 邮件 電子郵件 郵箱"),
        field("city", ValueType::Text, false, u"city town 城市 所在城市 城市名称"),
        field("gender", ValueType::Text, false, u"gender sex 性别 性別"),
        field("birthday", ValueType::Date, false, u"birthday dateofbirth dob birthdate 生日 出生日期"),
        field("signup_at", ValueType::DateTime, false,
              u"signupat signupdate joindate joined registered registrationdate registeredat membersince createdat "
              u"注册时间 注册日期 入会时间 入会日期 开卡日期 註冊時間 註冊日期 入會日期 入會時間"),
        field("tier", ValueType::Text, false,
              u"tier level memberlevel membershiplevel grade 等级 会员等级 會員等級 等級"),
        field("points_balance", ValueType::Integer, false,
              u"points pointsbalance 积分余额 积分 可用积分 積分餘額 積分"),
    };
}

QList<FieldSpec> campaignFields()
{
    return {
        field("campaign_id", ValueType::Id, true, kCampaignId),
        field("name", ValueType::Text, false, u"campaignname name title 活动名称 名称 活動名稱 名稱"),
        field("channel", ValueType::Text, false, kChannel),
        field("start_date", ValueType::Date, false,
              u"startdate start begin startson 开始日期 开始时间 開始日期 開始時間"),
        field("end_date", ValueType::Date, false, u"enddate end finish endson 结束日期 结束时间 結束日期 結束時間"),
        field("cost", ValueType::Money, false, u"cost budget spend 成本 费用 花费 预算 費用 預算 成本元"),
        field("target", ValueType::Text, false, u"target audience segment 目标 目标人群 目標 目標客群"),
    };
}

QList<FieldSpec> contactFields()
{
    return {
        field("campaign_id", ValueType::Id, true, kCampaignId),
        field("customer_id", ValueType::Id, true, kCustomerId),
        field("contacted_at", ValueType::DateTime, false,
              u"contactedat contactdate contacted sentat senddate sent date 触达时间 发送时间 接触日期 发送日期 "
              u"發送時間 接觸日期"),
        field("group", ValueType::Text, false, u"group grp arm variant testgroup cell 组别 分组 组 組別 分組"),
        field("channel", ValueType::Text, false, kChannel),
    };
}

}  // namespace

QString kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Orders:
        return QStringLiteral("orders");
    case ImportKind::Customers:
        return QStringLiteral("customers");
    case ImportKind::Campaigns:
        return QStringLiteral("campaigns");
    case ImportKind::Contacts:
        return QStringLiteral("contacts");
    }
    return {};
}

const QList<ImportKind> &allKinds()
{
    static const QList<ImportKind> kinds {ImportKind::Orders, ImportKind::Customers, ImportKind::Campaigns,
                                          ImportKind::Contacts};
    return kinds;
}

std::optional<ImportKind> kindFromName(const QString &name)
{
    for (ImportKind kind : allKinds()) {
        if (kindName(kind) == name.trimmed().toLower()) {
            return kind;
        }
    }
    return std::nullopt;
}

const QList<FieldSpec> &fieldsFor(ImportKind kind)
{
    static const QList<FieldSpec> orders = orderFields();
    static const QList<FieldSpec> customers = customerFields();
    static const QList<FieldSpec> campaigns = campaignFields();
    static const QList<FieldSpec> contacts = contactFields();
    switch (kind) {
    case ImportKind::Orders:
        return orders;
    case ImportKind::Customers:
        return customers;
    case ImportKind::Campaigns:
        return campaigns;
    case ImportKind::Contacts:
        return contacts;
    }
    return orders;
}

const FieldSpec *findField(ImportKind kind, const QString &name)
{
    for (const FieldSpec &spec : fieldsFor(kind)) {
        if (spec.name == name) {
            return &spec;
        }
    }
    return nullptr;
}

QString normalizeHeader(const QString &header)
{
    static const QRegularExpression units(QStringLiteral("[(\\[【（][^)\\]】）]*[)\\]】）]"));
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-./:：\\\\'\"]+"));
    QString text = header.normalized(QString::NormalizationForm_KC).toLower();
    text.remove(units);
    text.remove(separators);
    // A header made only of a unit ("(元)") keeps its text.
    return text.isEmpty() ? header.trimmed().toLower() : text;
}

bool isKnownHeader(const QString &normalized)
{
    static const QSet<QString> known = [] {
        QSet<QString> all;
        for (ImportKind kind : allKinds()) {
            for (const FieldSpec &spec : fieldsFor(kind)) {
                for (const QString &synonym : spec.synonyms) {
                    all.insert(synonym);
                }
            }
        }
        return all;
    }();
    return known.contains(normalized);
}

}  // namespace Crm::Core::Import
