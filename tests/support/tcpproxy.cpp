#include "tcpproxy.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace Stockroom::Tests {

TcpProxy::TcpProxy(QString targetHost, quint16 targetPort)
    : m_thread(new QThread)
    , m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
{
    m_thread->setObjectName(QStringLiteral("test-proxy"));
    moveToThread(m_thread);
    m_thread->start();
}

TcpProxy::~TcpProxy()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            cutNow();
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool TcpProxy::start()
{
    bool ok = false;
    QMetaObject::invokeMethod(
        this, [this, &ok] { ok = listenNow(); }, Qt::BlockingQueuedConnection);
    return ok;
}

void TcpProxy::cut()
{
    QMetaObject::invokeMethod(
        this, [this] { cutNow(); }, Qt::BlockingQueuedConnection);
}

bool TcpProxy::restore()
{
    return start();
}

void TcpProxy::loseReplies(bool on)
{
    QMetaObject::invokeMethod(
        this, [this, on] { m_loseReplies = on; }, Qt::BlockingQueuedConnection);
}

bool TcpProxy::listenNow()
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &TcpProxy::accept);
    }
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void TcpProxy::cutNow()
{
    if (m_server)
        m_server->close();
    for (const auto &socket : std::as_const(m_sockets)) {
        if (socket) {
            socket->abort();
            socket->deleteLater();
        }
    }
    m_sockets.clear();
}

void TcpProxy::accept()
{
    m_sockets.removeIf([](const QPointer<QTcpSocket> &socket) { return socket.isNull(); });
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        auto *upstream = new QTcpSocket(this);
        m_sockets << client << upstream;
        const auto pipe = [](QTcpSocket *from, QTcpSocket *to) {
            connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
            connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
        };
        connect(upstream, &QTcpSocket::connected, client, [this, client, upstream, pipe] {
            pipe(client, upstream);
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
                if (m_loseReplies) {
                    upstream->abort();
                    client->abort();
                    upstream->deleteLater();
                    client->deleteLater();
                    return;
                }
                client->write(upstream->readAll());
            });
            connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            if (client->bytesAvailable() > 0)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->abort(); });
        upstream->connectToHost(m_targetHost, m_targetPort);
    }
}

} // namespace Stockroom::Tests
