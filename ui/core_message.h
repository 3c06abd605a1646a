// Core's messages in the language the window runs in.
#pragma once

#include <QString>

#include "core/result.h"

namespace leakylab {

// The message translated (context kMessageContext), its arguments filled in and translated in turn; text
// made without a template, or a template with no translation, stays as it is.
QString localizedMessage(const Message& message);
QString localizedMessage(const Error& error);

} // namespace leakylab
