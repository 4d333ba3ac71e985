#include "formfield.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace Stockroom::Ui {

FormField makeFormField(QWidget *field, const QString &name, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    field->setObjectName(name);
    column->addWidget(field);
    auto *error = new QLabel(cell);
    error->setObjectName(name + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->setStyleSheet(QStringLiteral("color: #b02a37;"));
    error->hide();
    column->addWidget(error);
    return {cell, error};
}

} // namespace Stockroom::Ui
