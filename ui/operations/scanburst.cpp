#include "scanburst.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace Stockroom::Ui {

ScanBurst::ScanBurst(QLineEdit *edit)
    : QObject(edit)
    , m_edit(edit)
{
    edit->installEventFilter(this);
}

bool ScanBurst::isBarcode(const QString &text)
{
    const qsizetype length = text.size();
    if (length != 8 && length != 12 && length != 13 && length != 14)
        return false;
    int sum = 0;
    for (qsizetype i = 0; i < length; ++i) {
        if (!text.at(i).isDigit())
            return false;
        // Weights 3 and 1 alternate from the digit left of the check digit.
        const int digit = text.at(i).digitValue();
        if (i < length - 1)
            sum += (length - 1 - i) % 2 == 1 ? 3 * digit : digit;
    }
    return (10 - sum % 10) % 10 == text.at(length - 1).digitValue();
}

bool ScanBurst::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const QString text = m_edit->text().trimmed();
        const bool burst =
            m_keys >= MinimumLength && m_keys == text.size() && m_lastKeyMs <= MaximumMsPerKey * (m_keys - 1);
        m_keys = 0;
        if (!text.isEmpty() && (burst || isBarcode(text))) {
            Q_EMIT scanned(text);
            return true;
        }
        return false;
    }
    if (!key->text().isEmpty() && key->text().at(0).isPrint()) {
        if (m_edit->text().isEmpty() || m_edit->hasSelectedText() || m_keys == 0) {
            m_burst.start();
            m_keys = 0;
        }
        ++m_keys;
        m_lastKeyMs = m_burst.elapsed();
    } else {
        m_keys = 0; // editing keys: a person at work
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Stockroom::Ui
