#include "datatable.h"

#include "common/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Crm::Core::Report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Report)
};

QString csvField(const QString &text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}

QJsonValue jsonValue(const QVariant &value, DataColumn::Type type)
{
    if (value.isNull() || !value.isValid()) {
        return QJsonValue::Null;
    }
    switch (type) {
    case DataColumn::Type::Integer:
        return QJsonValue(value.toLongLong());
    case DataColumn::Type::Real:
    case DataColumn::Type::Percent: {
        const double number = value.toDouble();
        return std::isfinite(number) ? QJsonValue(number) : QJsonValue::Null;
    }
    case DataColumn::Type::Money:
        // Exact decimal via double is safe up to 2^53 minor units (90 trillion in major units).
        return QJsonValue(double(value.toLongLong()) / kMinorPerMajor);
    case DataColumn::Type::Date:
    case DataColumn::Type::Text:
        return QJsonValue(machineText(value, type));
    }
    return QJsonValue::Null;
}

bool isNumeric(DataColumn::Type type)
{
    return type != DataColumn::Type::Text && type != DataColumn::Type::Date;
}

}  // namespace

qsizetype DataTable::columnIndex(const QString &name) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == name) {
            return i;
        }
    }
    return -1;
}

QString machineText(const QVariant &value, DataColumn::Type type)
{
    if (value.isNull() || !value.isValid()) {
        return {};
    }
    switch (type) {
    case DataColumn::Type::Integer:
        return QString::number(value.toLongLong());
    case DataColumn::Type::Real:
    case DataColumn::Type::Percent: {
        const double number = value.toDouble();
        return std::isfinite(number) ? QString::number(number, 'g', 12) : QString();
    }
    case DataColumn::Type::Money:
        return formatMoneyPlain(value.toLongLong());
    case DataColumn::Type::Date:
        return value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString();
    case DataColumn::Type::Text:
        return value.toString();
    }
    return value.toString();
}

std::optional<TableFormat> parseTableFormat(const QString &name)
{
    if (name == QLatin1String("csv")) {
        return TableFormat::Csv;
    }
    if (name == QLatin1String("json")) {
        return TableFormat::Json;
    }
    if (name == QLatin1String("table")) {
        return TableFormat::Text;
    }
    return std::nullopt;
}

VoidResult writeTable(QIODevice &device, const DataTable &table, TableFormat format)
{
    QByteArray bytes;
    if (format == TableFormat::Json) {
        QJsonArray array;
        for (const QVariantList &row : table.rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < table.columns.size(); ++i) {
                object.insert(table.columns.at(i).name, jsonValue(row.value(i), table.columns.at(i).type));
            }
            array.append(object);
        }
        bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (format == TableFormat::Csv) {
        QStringList header;
        for (const DataColumn &column : table.columns) {
            header << csvField(column.name);
        }
        QString text = header.join(QLatin1Char(',')) + QLatin1Char('\n');
        for (const QVariantList &row : table.rows) {
            QStringList fields;
            for (qsizetype i = 0; i < table.columns.size(); ++i) {
                fields << csvField(machineText(row.value(i), table.columns.at(i).type));
            }
            text += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
        bytes = text.toUtf8();
    } else {
        QList<QStringList> cells;
        QList<qsizetype> widths;
        QStringList header;
        for (const DataColumn &column : table.columns) {
            header << column.name;
            widths << column.name.size();
        }
        for (const QVariantList &row : table.rows) {
            QStringList line;
            for (qsizetype i = 0; i < table.columns.size(); ++i) {
                line << machineText(row.value(i), table.columns.at(i).type);
                widths[i] = std::max(widths[i], line.last().size());
            }
            cells << line;
        }
        auto render = [&](const QStringList &line) {
            QStringList padded;
            for (qsizetype i = 0; i < line.size(); ++i) {
                padded << (isNumeric(table.columns.at(i).type) ? line.at(i).rightJustified(widths.at(i))
                                                               : line.at(i).leftJustified(widths.at(i)));
            }
            QString text = padded.join(QStringLiteral("  "));
            while (text.endsWith(QLatin1Char(' '))) {
                text.chop(1);
            }
            return QString(text + QLatin1Char('\n'));
        };
        QString text = render(header);
        for (const QStringList &line : cells) {
            text += render(line);
        }
        bytes = text.toUtf8();
    }
    if (device.write(bytes) != bytes.size()) {
        return makeError(Error::Code::Io, Text::tr("Cannot write the output: %1").arg(device.errorString()));
    }
    return {};
}

}  // namespace Crm::Core::Report
