#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <result.h>

namespace Stockroom::Services {

class Session;

// A login of this ledger and where it works (api.staff): its persona (the highest stockroom_* role it holds on
// the server), the locations and channels it is assigned, and whether it may connect to this database.
struct StaffMember
{
    QString login;
    QString persona;
    bool allLocations = false; // every location, including those added later
    QStringList locations;
    bool allChannels = false;
    QStringList channels;
    bool mayConnect = false;

    QJsonObject toJson() const;
};

// A login to create or to (re)assign: its assignments replace the ones it had.
struct StaffDraft
{
    QString login;
    QString persona;
    // Every location (channel), including those added later; nothing: the ledger's default (api.staff_set: a
    // checkout is bound by its channels and works at every location unless some are named, every other persona
    // by its locations and sells through every channel unless some are named).
    std::optional<bool> allLocations;
    QStringList locations;
    std::optional<bool> allChannels;
    QStringList channels;
};

// Staff management (resources/migrations/0014_scoping.sql): an admin's. Every change goes through the ledger's
// API with an idempotency key; the one thing done outside it is creating a login that does not exist yet,
// which needs CREATEROLE and carries a SCRAM verifier computed here, never the password.
class StaffService final
{
public:
    explicit StaffService(Session &session);

    // associate, manager, supervisor, checkout, admin: the personas a login may be given.
    static const QStringList &personas();
    // The same as words: "associate, manager, supervisor, checkout or admin".
    static QString personaChoices();
    // Why login cannot be a login's name (empty when it can): checked before anything is sent.
    static QString loginProblem(const QString &login);
    // Why password cannot be a new login's password (empty when it can).
    static QString passwordProblem(const QString &password);

    Result<QList<StaffMember>> list();
    // Whether a role of that name exists on the server; Refused when it exists but cannot log in (a group role).
    Result<bool> loginExists(const QString &login);

    // Creates the login when it does not exist (with password and the persona's role, in one transaction with
    // its staff row, so a refusal leaves neither), then sets its staff row. The result is api.staff_set's, with
    // "login_created" saying whether the login was made now; an existing login's password is never changed.
    Result<QJsonObject> add(const StaffDraft &draft, const QString &password, const QString &key);
    // An existing login's staff row and assignments, replaced.
    Result<QJsonObject> set(const StaffDraft &draft, const QString &key);
    Result<QJsonObject> assign(const QString &login, const QStringList &locations, const QStringList &channels,
                               const QString &key);
    Result<QJsonObject> unassign(const QString &login, const QStringList &locations, const QStringList &channels,
                                 const QString &key);

private:
    Result<QJsonObject> callSet(const StaffDraft &draft, const QString &key);
    Status createLogin(const StaffDraft &draft, const QString &password);

    Session &m_session;
};

} // namespace Stockroom::Services

Q_DECLARE_METATYPE(Stockroom::Services::StaffMember)
