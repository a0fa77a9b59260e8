#include "huaweiaccountprobe.h"

#include "huaweiclient.h"

#include <QCoreApplication>

namespace vpw::huawei {

namespace {

class Probe final : public cloud::AccountProbe {
public:
    QString provider() const override { return QStringLiteral("huawei"); }

    std::unique_ptr<cloud::ProviderClient> start(const cloud::ProbeAccount &account,
                                                 Done done) const override {
        auto client = std::make_unique<Client>(Account::from(account));
        client->showPermanentAccessKey()->onFinished(
            client.get(), [done = std::move(done)](const CredentialJob &job) {
                cloud::AccountProbeResult result;
                if (!job.isOk()) {
                    result.error = job.error();
                } else {
                    result.message = QCoreApplication::translate(
                                         "vpw::session::ProviderAccountTest",
                                         "The key works: Huawei Cloud knows it as the key of user "
                                         "%1 (status %2).")
                                         .arg(job.value().userId, job.value().status);
                }
                done(result);
            });
        return client;
    }
};

} // namespace

const cloud::AccountProbe &accountProbe() {
    static const Probe probe;
    return probe;
}

} // namespace vpw::huawei
