#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <staff/staffservice.h>

namespace Stockroom::Ui {

// What the staff dialogs show: the staff of this ledger and the locations and channels they may be assigned.
struct StaffDirectory
{
    struct Place
    {
        QString code;
        QString name;
    };
    QList<Services::StaffMember> staff;
    QList<Place> locations;
    QList<Place> channels;
};

// A persona as people say it: "Associate", "Checkout service".
QString personaTitle(const QString &persona);

} // namespace Stockroom::Ui
