// Translating core's messages: the template through QCoreApplication::translate, then its arguments.
#include "ui/core_message.h"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace leakylab {

QString localizedMessage(const Message& message)
{
    if (!message.source())
        return QString::fromStdString(message.text());
    static const QByteArray context(kMessageContext.data(), static_cast<qsizetype>(kMessageContext.size()));
    std::vector<std::string> args;
    for (const Message& a : message.arguments())
        args.push_back(localizedMessage(a).toStdString());
    // Filled in UTF-8 by the very function that fills the English template, so the two cannot differ.
    const QString pattern = QCoreApplication::translate(context.constData(), message.source());
    return QString::fromStdString(fillPlaceholders(pattern.toStdString(), args));
}

QString localizedMessage(const Error& error)
{
    if (!error.localizable.source())
        return QString::fromStdString(error.message);
    return localizedMessage(error.localizable);
}

} // namespace leakylab
