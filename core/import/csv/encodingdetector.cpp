#include "encodingdetector.h"

#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace Crm::Core::Import {

namespace {

// Frequent Chinese characters (general text plus the words of shop, bank and payment
// exports). Decoding real GB18030 text as GB18030, or Big5 text as Big5, yields many of
// them; decoding it with the wrong double-byte codec yields rare characters instead.
const char16_t kCommonSimplified[]
    = u"的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生"
      u"自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看"
      u"学进种将还分此心前面又定见只主没公从订单号金额交易时间客户会员编号支付退款商品数量价"
      u"格合计总收入出账备注状态类型名称手机电话邮箱地址城市性别生日注册等级积分余额渠道门店"
      u"活动优惠券实付应付元成功已取消完成转微信宝银行卡零钱红包扫码商户明细记录导开始终止日期"
      u"月份方式对产品购买店铺消费充值提现理财信用还款笔注仅展示当前中性不包括删除个人使用明列"
      u"表单价顾客省区县联系姓名新老用户首次最近复购平均次数折扣运费发货物流快递收货人送达签"
      u"全部销售额净利润成本目标组对照实验控制短信邮件推送电子券领取核销满减赠品类别品牌规格"
      u"编码条形库存仓位置部门员工网上线下台湾香港北京上海广州深圳杭州南成都重庆武汉西安天津";
const char16_t kCommonTraditional[]
    = u"的一是不了人我在有他這為之大來以個中上們到說國和地也子時道出而要於就下得可你年生自會"
      u"那後能對著事其裡所去行過家十用發天如然作方成者多日都三小軍二無同麼經法當起與好看學進"
      u"種將還分此心前面又定見只主沒公從訂單號金額交易時間客戶會員編號支付退款商品數量價格合計"
      u"總收入出帳備註狀態類型名稱手機電話郵箱地址城市性別生日註冊等級積分餘額渠道門店活動優惠"
      u"券實付應付元成功已取消完成轉銀行卡明細記錄導開始終止日期月份方式產品購買店鋪消費儲值顧"
      u"客聯絡姓名新舊用戶首次最近平均次數折扣運費發貨物流收貨送達臺灣香港台北高雄新竹";

const QSet<char16_t> &commonCharacters()
{
    static const QSet<char16_t> set = [] {
        QSet<char16_t> s;
        for (char16_t c : kCommonSimplified) {
            s.insert(c);
        }
        for (char16_t c : kCommonTraditional) {
            s.insert(c);
        }
        s.remove(0);
        return s;
    }();
    return set;
}

bool isLatinSupplementLetter(char16_t c)
{
    return (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7) || c == 0x152 || c == 0x153 || c == 0x160 || c == 0x161
        || c == 0x178 || c == 0x17D || c == 0x17E;
}

// Plausibility of decoded text: high for text a person wrote, low for mojibake.
double scoreText(QStringView text)
{
    const QSet<char16_t> &common = commonCharacters();
    double score = 0;
    char16_t previous = u'\n';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const char16_t next = i + 1 < text.size() ? text[i + 1].unicode() : u'\n';
        if (c >= 0x20 && c < 0x7F) {
            score += 1;
        } else if (c == u'\t' || c == u'\r' || c == u'\n') {
            score += 1;
        } else if (c == 0xFFFD) {
            score -= 30;
        } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            score -= 15;
        } else if (c >= 0xE000 && c <= 0xF8FF) {
            score -= 15;  // private use: a sure sign of the wrong codec
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            score -= 2;  // surrogates: rare CJK extension planes in mojibake
        } else if (common.contains(c)) {
            score += 3;
        } else if (c >= 0x3040 && c <= 0x30FF) {
            score += 2.5;  // kana: Japanese text
        } else if (c >= 0x4E00 && c <= 0x9FFF) {
            score += 0.4;
        } else if (c >= 0xFF01 && c <= 0xFF5E) {
            score += 1.5;  // full-width punctuation and digits
        } else if (c >= 0x3000 && c <= 0x303F) {
            score += 1.5;  // CJK punctuation
        } else if (isLatinSupplementLetter(c)) {
            // Western text has an accented letter between ASCII letters; mojibake has runs.
            const bool isolated = previous < 0x80 && next < 0x80;
            score += isolated ? 1.5 : -0.5;
        } else if (c >= 0xA0 && c <= 0x2FF) {
            score += 0.2;
        } else if (c >= 0x2000 && c <= 0x206F) {
            score += 0.5;  // general punctuation: dashes, quotes
        } else if (c == 0x20AC || c == 0xA5 || c == 0xA3) {
            score += 1;
        } else {
            score -= 0.5;
        }
        previous = c;
    }
    return score;
}

struct Candidate
{
    const char *codec;
    int priority;  // tie-breaker: lower wins
};

constexpr std::array kCandidates {Candidate {"UTF-8", 0},     Candidate {"GB18030", 1},      Candidate {"Big5", 2},
                                  Candidate {"Shift_JIS", 3}, Candidate {"windows-1252", 4}, Candidate {"UTF-16LE", 5},
                                  Candidate {"UTF-16BE", 6}};

EncodingGuess fromBom(const QByteArray &sample)
{
    if (sample.startsWith("\xEF\xBB\xBF")) {
        return {"UTF-8", 3, false, 1e9};
    }
    if (sample.startsWith(QByteArray("\xFF\xFE\x00\x00", 4))) {
        return {"UTF-32LE", 4, false, 1e9};
    }
    if (sample.startsWith(QByteArray("\x00\x00\xFE\xFF", 4))) {
        return {"UTF-32BE", 4, false, 1e9};
    }
    if (sample.startsWith("\xFF\xFE")) {
        return {"UTF-16LE", 2, false, 1e9};
    }
    if (sample.startsWith("\xFE\xFF")) {
        return {"UTF-16BE", 2, false, 1e9};
    }
    return {};
}

// Text without a BOM that has NUL bytes in a regular pattern is UTF-16 or UTF-32.
QByteArray wideByNulPattern(const QByteArray &sample)
{
    const qsizetype n = qMin<qsizetype>(sample.size(), 4096) & ~qsizetype(3);
    if (n < 8) {
        return {};
    }
    std::array<qsizetype, 4> zeros {};
    for (qsizetype i = 0; i < n; ++i) {
        if (sample[i] == 0) {
            ++zeros[size_t(i % 4)];
        }
    }
    const qsizetype quarter = n / 4;
    const auto mostly = [quarter](qsizetype count) { return count > quarter * 6 / 10; };
    const auto rarely = [quarter](qsizetype count) { return count < quarter / 10; };
    if (rarely(zeros[0]) && mostly(zeros[1]) && mostly(zeros[2]) && mostly(zeros[3])) {
        return "UTF-32LE";
    }
    if (mostly(zeros[0]) && mostly(zeros[1]) && mostly(zeros[2]) && rarely(zeros[3])) {
        return "UTF-32BE";
    }
    if (mostly(zeros[1]) && mostly(zeros[3]) && rarely(zeros[0]) && rarely(zeros[2])) {
        return "UTF-16LE";
    }
    if (mostly(zeros[0]) && mostly(zeros[2]) && rarely(zeros[1]) && rarely(zeros[3])) {
        return "UTF-16BE";
    }
    return {};
}

}  // namespace

bool isCodecAvailable(const QByteArray &codec)
{
    return QStringDecoder(codec.constData()).isValid();
}

EncodingGuess detectEncoding(const QByteArray &sample, bool complete)
{
    if (EncodingGuess bom = fromBom(sample); !bom.codec.isEmpty()) {
        return bom;
    }
    if (QByteArray wide = wideByNulPattern(sample); !wide.isEmpty()) {
        return {wide, 0, false, 1e9};
    }
    const bool ascii = std::all_of(sample.cbegin(), sample.cend(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != 0; });
    if (ascii) {
        return {"UTF-8", 0, true, 1e9};
    }
    double best = -1e300;
    double second = -1e300;
    int bestPriority = 1000;
    QByteArray bestCodec = "UTF-8";
    for (const Candidate &candidate : kCandidates) {
        QStringDecoder decoder(candidate.codec, QStringDecoder::Flag::Stateless);
        if (!decoder.isValid()) {
            continue;
        }
        // Score only whole characters: drop at most 3 bytes of a sequence cut by the sample end.
        QString text = decoder.decode(sample);
        if (!complete && text.endsWith(QChar(QChar::ReplacementCharacter))) {
            text.chop(1);
        }
        double score = scoreText(text);
        // Text in a legacy codec is almost never valid UTF-8: each multi-byte UTF-8 character
        // that decodes cleanly is strong evidence, worth more than any plausibility score.
        if (qstrcmp(candidate.codec, "UTF-8") == 0 && !text.contains(QChar(QChar::ReplacementCharacter))) {
            score
                += 4.0 * double(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x80; }));
        }
        if (score > best || (score == best && candidate.priority < bestPriority)) {
            second = best;
            best = score;
            bestPriority = candidate.priority;
            bestCodec = candidate.codec;
        } else if (score > second) {
            second = score;
        }
    }
    const double perKb = sample.isEmpty() ? 0 : (best - second) * 1024.0 / double(sample.size());
    return {bestCodec, 0, false, perKb};
}

QString codecDisplayName(const EncodingGuess &guess)
{
    QString name = QString::fromLatin1(guess.codec);
    if (name == QLatin1String("windows-1252")) {
        name = QStringLiteral("Windows-1252");
    }
    if (guess.bomLength > 0) {
        name += QStringLiteral(" (BOM)");
    }
    return name;
}

}  // namespace Crm::Core::Import
