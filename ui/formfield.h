#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Stockroom::Ui {

// A form's field with the line under it where its error is said, in red, hidden while there is none.
struct FormField
{
    QWidget *cell = nullptr; // what goes into the form's field column
    QLabel *error = nullptr; // named <name>Error
};

FormField makeFormField(QWidget *field, const QString &name, QWidget *parent);

} // namespace Stockroom::Ui
