#pragma once

#include <QString>

namespace Crm::Core::Report {

// Privacy and safety helpers for anything that leaves the workbench (exports, printed
// reports). They work on text only, so every exporter and painter treats values alike.

// Keeps the first three and the last four digits and stars the ones between, leaving
// spaces, '+' and '-' where they were: "13812341234" -> "138****1234",
// "+852 5123 4567" -> "+852 **** 4567". Numbers of seven digits or fewer keep only their
// last two digits. Text without digits comes back unchanged.
QString maskPhone(const QString &phone);

// Keeps the first character of the local part and the whole domain:
// "li.lei@qq.com" -> "l***@qq.com". Text without '@' is starred entirely.
QString maskEmail(const QString &email);

// Shortens a person's name for printing: Chinese names keep the surname ("王小明" -> "王**"),
// Latin names become an initial and the last word ("John Smith" -> "J. Smith").
QString shortenName(const QString &name);

// True when a spreadsheet would read the text as a formula or command: it begins with
// '=', '+', '-', '@', a tab or a carriage return (OWASP "CSV injection").
bool looksLikeFormula(const QString &text);

// Prefixes formula-like text with an apostrophe so spreadsheets show it as text.
QString neutralizeFormula(const QString &text);

}  // namespace Crm::Core::Report
