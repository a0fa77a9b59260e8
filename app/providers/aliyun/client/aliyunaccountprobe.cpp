#include "aliyunaccountprobe.h"

#include "aliyunclient.h"

#include <QCoreApplication>

namespace vpw::aliyun {

namespace {

class Probe final : public cloud::AccountProbe {
public:
    QString provider() const override { return QStringLiteral("aliyun"); }

    std::unique_ptr<cloud::ProviderClient> start(const cloud::ProbeAccount &account,
                                                 Done done) const override {
        auto client = std::make_unique<Client>(Account::from(account));
        const QString region = account.regionId;
        client->describeVpcs()->onFinished(
            client.get(), [done = std::move(done), region](const VpcListJob &job) {
                cloud::AccountProbeResult result;
                if (!job.isOk()) {
                    result.error = job.error();
                } else {
                    result.message = QCoreApplication::translate(
                                         "vpw::session::ProviderAccountTest",
                                         "The key works: Alibaba Cloud answered DescribeVpcs in "
                                         "%1 (%n VPC(s)).",
                                         nullptr, int(job.value().size()))
                                         .arg(region);
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

} // namespace vpw::aliyun
