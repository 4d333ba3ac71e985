#pragma once

#include <QObject>

class QWidget;

namespace Stockroom::Ui {

// Lets a window's own shortcuts win over the editing keys of its text fields: QLineEdit claims Ctrl+E (end
// of line) and a few more Emacs keys on X11, so Ctrl+E (export) did nothing while the filter box had the
// focus. A key that an enabled action of the window owns goes to that action from every widget.
class WindowShortcuts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowShortcuts)

public:
    explicit WindowShortcuts(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace Stockroom::Ui
