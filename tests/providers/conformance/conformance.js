// The providers' official Node SDKs against the emulators of vpc-peering-sandbox: each call is
// sent exactly as the SDK sends it to the real cloud, with only the endpoint (and Huawei's
// project ID) overridden. Exit 0: every check passed; 77: skipped (packages missing); 1: failed.
//
//   node conformance.js <path to vpc-peering-sandbox>
'use strict';

const { spawn } = require('child_process');
const path = require('path');

let sdks;
try {
    sdks = {
        core: require('@alicloud/openapi-core'),
        ecs: require('@alicloud/ecs20140526'),
        vpc: require('@alicloud/vpc20160428'),
        pop: require('@alicloud/pop-core'),
        hwCore: require('@huaweicloud/huaweicloud-sdk-core'),
        hwVpc: require('@huaweicloud/huaweicloud-sdk-vpc/v2/public-api'),
        hwVpc3: require('@huaweicloud/huaweicloud-sdk-vpc/v3/public-api'),
        hwIam: require('@huaweicloud/huaweicloud-sdk-iam/v3/public-api'),
    };
} catch (error) {
    console.log(`SKIP: the SDK packages are not installed (npm ci in ${__dirname}): ${error.message}`);
    process.exit(77);
}

const ALIYUN = { id: 'LTAI5tConformanceKey0001', secret: 'ConformanceSecretAliyun0123456789' };
const HUAWEI = { ak: 'HWCONFORMANCEAK00001', sk: 'ConformanceSecretHuawei0123456789abcdefg' };
const PROJECT = '0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e';
let failures = 0;

function check(name, condition, detail) {
    console.log(`${condition ? 'PASS' : 'FAIL'}: ${name}${condition ? '' : ' ' + (detail || '')}`);
    if (!condition)
        failures++;
}

async function expectError(name, promise, predicate) {
    try {
        await promise;
        check(name, false, 'the call succeeded');
    } catch (error) {
        check(name, predicate(error), `${error.code || ''} ${error.statusCode || error.httpStatusCode || ''} ${error.message}`);
    }
}

function startSandbox(executable, extra) {
    return new Promise((resolve, reject) => {
        const child = spawn(executable, ['--port', '0', '--api-key', 'k'].concat(extra || []), {
            env: Object.assign({}, process.env, {
                VPW_SANDBOX_API_SECRET: 's',
                VPW_SANDBOX_ALIYUN_ACCESS_KEY_ID: ALIYUN.id,
                VPW_SANDBOX_ALIYUN_ACCESS_KEY_SECRET: ALIYUN.secret,
                VPW_SANDBOX_HUAWEI_ACCESS_KEY: HUAWEI.ak,
                VPW_SANDBOX_HUAWEI_SECRET_KEY: HUAWEI.sk,
            }),
            stdio: ['ignore', 'pipe', 'inherit'],
        });
        let text = '';
        child.stdout.on('data', (chunk) => {
            text += chunk;
            const aliyun = /aliyun emulator: http:\/\/(127\.0\.0\.1:\d+)/.exec(text);
            const huawei = /huawei emulator: (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
            if (aliyun && huawei)
                resolve({ child, aliyun: aliyun[1], huawei: huawei[1] });
        });
        child.on('exit', (code) => reject(new Error(`the sandbox exited (${code}): ${text}`)));
    });
}

function aliyunConfig(endpoint, secret, extra) {
    return new sdks.core.$OpenApiUtil.Config(Object.assign({
        accessKeyId: ALIYUN.id, accessKeySecret: secret || ALIYUN.secret, endpoint, protocol: 'http',
    }, extra || {}));
}

// The CEN client's Params (cbn-20170912 client.ts), through openapi-core's callApi.
async function cen(endpoint, action, query, extra) {
    const client = new sdks.core.default(aliyunConfig(endpoint, undefined, extra));
    const params = new sdks.core.$OpenApiUtil.Params({
        action, version: '2017-09-12', protocol: 'HTTP', pathname: '/', method: 'POST',
        authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
    });
    const request = new sdks.core.$OpenApiUtil.OpenApiRequest({ query });
    const { RuntimeOptions } = require('@darabonba/typescript');
    return (await client.callApi(params, request, new RuntimeOptions({}))).body;
}

async function aliyun(endpoint) {
    const Ecs = sdks.ecs;
    const ecs = new Ecs.default(aliyunConfig(endpoint));
    const groups = await ecs.describeSecurityGroups(new Ecs.DescribeSecurityGroupsRequest({
        regionId: 'cn-hangzhou', vpcId: 'vpc-bp1operator0new00001' }));
    check('ECS DescribeSecurityGroups (V3)', groups.body.securityGroups.securityGroup.length === 1);
    const sg = groups.body.securityGroups.securityGroup[0].securityGroupId;
    const permission = new Ecs.AuthorizeSecurityGroupRequestPermissions({
        ipProtocol: 'TCP', portRange: '1883/1883', sourceCidrIp: '10.100.0.0/16', policy: 'accept',
        priority: '1', nicType: 'intranet', description: 'emqx-peering' });
    for (let i = 0; i < 2; i++)
        await ecs.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({
            regionId: 'cn-hangzhou', securityGroupId: sg, permissions: [permission],
            clientToken: `conformance-${i}` }));
    const attribute = await ecs.describeSecurityGroupAttribute(
        new Ecs.DescribeSecurityGroupAttributeRequest({ regionId: 'cn-hangzhou', securityGroupId: sg, direction: 'ingress' }));
    check('ECS AuthorizeSecurityGroup twice adds one rule',
        attribute.body.permissions.permission.length === 1, JSON.stringify(attribute.body));

    const Vpc = sdks.vpc;
    const vpc = new Vpc.default(aliyunConfig(endpoint));
    const vpcs = await vpc.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: 'cn-hangzhou' }));
    check('VPC DescribeVpcs (V3)', vpcs.body.totalCount === 4, JSON.stringify(vpcs.body));

    const created = await cen(endpoint, 'CreateCen', { Name: 'conformance', ClientToken: 'conf-1' });
    check('CEN CreateCen via callApi (V3)', /^cen-/.test(created.CenId), JSON.stringify(created));
    const described = await cen(endpoint, 'DescribeCens',
        { 'Filter.1.Key': 'CenId', 'Filter.1.Value.1': created.CenId }, { signatureAlgorithm: 'v2' });
    check('CEN DescribeCens (HMAC-SHA1, query)', described.TotalCount === 1, JSON.stringify(described));
    await expectError('CEN AttachCenChildInstance across accounts without a grant',
        cen(endpoint, 'AttachCenChildInstance', { CenId: 'cen-7qthudw0ll6jmc3abc',
            ChildInstanceId: 'vpc-uf6o8d1dj8sjwxi6o1abc', ChildInstanceType: 'VPC',
            ChildInstanceRegionId: 'cn-shanghai', ChildInstanceOwnerId: 1688000000000002 }),
        (e) => e.code === 'Forbbiden.AttachChildInstanceAcrossUid' && e.statusCode === 409);

    // Editions (providers-api.md §2.3): the seeded CENs are Basic; an Enterprise transit router
    // needs an Active CEN (the one just created is Creating for 5 s).
    const routers = await cen(endpoint, 'ListTransitRouters', { CenId: 'cen-9zy8xw7vu6ts5rq4po' });
    check('CEN ListTransitRouters (Basic)', routers.TotalCount === 1
        && routers.TransitRouters[0].Type === 'Basic', JSON.stringify(routers));
    await expectError('CEN CreateTransitRouter on a Creating CEN',
        cen(endpoint, 'CreateTransitRouter', { CenId: created.CenId, RegionId: 'cn-hangzhou' }),
        (e) => e.code === 'IncorrectStatus.CenInstance' && e.statusCode === 400);
    await expectError('CEN CreateTransitRouter DryRun on a seeded CEN',
        cen(endpoint, 'CreateTransitRouter', { CenId: 'cen-0ab1cd2ef3gh4ij5kl', RegionId: 'cn-beijing',
            DryRun: true }),
        (e) => e.code === 'DryRunOperation' && e.statusCode === 400);

    const pop = new sdks.pop.RPCClient({ accessKeyId: ALIYUN.id, accessKeySecret: ALIYUN.secret,
        endpoint: `http://${endpoint}`, apiVersion: '2017-09-12' });
    const popped = await pop.request('DescribeCens', { PageSize: 50 }, { method: 'POST' });
    check('CEN DescribeCens via pop-core (HMAC-SHA1, form body)', popped.TotalCount >= 4, JSON.stringify(popped));

    const wrong = new Vpc.default(aliyunConfig(endpoint, ALIYUN.secret + 'x'));
    await expectError('a wrong secret is SignatureDoesNotMatch',
        wrong.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: 'cn-hangzhou' })),
        (e) => e.code === 'SignatureDoesNotMatch');
}

async function huawei(endpoint) {
    const { BasicCredentials, GlobalCredentials } = sdks.hwCore;
    const credential = new BasicCredentials().withAk(HUAWEI.ak).withSk(HUAWEI.sk).withProjectId(PROJECT);
    const V = sdks.hwVpc;
    const client = V.VpcClient.newBuilder().withCredential(credential).withEndpoint(endpoint).build();
    const vpcs = await client.listVpcs(new V.ListVpcsRequest());
    check('VPC ListVpcs (v1)', vpcs.vpcs.length === 2, JSON.stringify(vpcs));
    const option = new V.CreateVpcPeeringOption('emqx-peering',
        new V.VpcInfo('9daeac7c-a98f-430f-8e38-67f9c044e299'),
        new V.VpcInfo('ab78be2d-782f-42a5-aa72-35879f6890ff').withTenantId('77b6a44cba5143ab91d13ab9a8ff44fd'));
    const created = await client.createVpcPeering(new V.CreateVpcPeeringRequest()
        .withBody(new V.CreateVpcPeeringRequestBody(option)));
    check('VPC CreateVpcPeering (v2.0)', created.peering.status === 'PENDING_ACCEPTANCE', JSON.stringify(created));
    const shown = await client.showVpcPeering(new V.ShowVpcPeeringRequest(created.peering.id));
    check('VPC ShowVpcPeering (v2.0)', shown.peering.id === created.peering.id);
    const tables = await client.listRouteTables(new V.ListRouteTablesRequest().withVpcId('9daeac7c-a98f-430f-8e38-67f9c044e299'));
    check('VPC ListRouteTables (v1)', tables.routetables.length === 1, JSON.stringify(tables));

    const V3 = sdks.hwVpc3;
    const client3 = V3.VpcClient.newBuilder().withCredential(credential).withEndpoint(endpoint).build();
    const rules = await client3.listSecurityGroupRules(new V3.ListSecurityGroupRulesRequest()
        .withSecurityGroupId(['16b6e77a-08fa-42c7-aa8b-106c048884e6']));
    check('VPC ListSecurityGroupRules (v3)', Array.isArray(rules.security_group_rules), JSON.stringify(rules));
    const vpc3 = await client3.showVpc(new V3.ShowVpcRequest('9daeac7c-a98f-430f-8e38-67f9c044e299'));
    check('VPC ShowVpc (v3)', vpc3.vpc.cidr === '192.168.110.0/24' && vpc3.vpc.status === 'ACTIVE'
        && Array.isArray(vpc3.vpc.extend_cidrs), JSON.stringify(vpc3));
    const ruleOption = new V3.CreateSecurityGroupRuleOption('2a7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e', 'ingress')
        .withEthertype('IPv4').withProtocol('tcp').withMultiport('1883')
        .withRemoteIpPrefix('172.20.0.0/16').withAction('allow').withPriority('1');
    const createRule = () => client3.createSecurityGroupRule(new V3.CreateSecurityGroupRuleRequest()
        .withBody(new V3.CreateSecurityGroupRuleRequestBody(ruleOption)));
    // dry_run: true (the Plan page's permission check): 202, nothing created.
    const listGroup = () => client3.listSecurityGroupRules(new V3.ListSecurityGroupRulesRequest()
        .withSecurityGroupId(['2a7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e']));
    const rulesBefore = (await listGroup()).security_group_rules.length;
    const dry = await client3.createSecurityGroupRule(new V3.CreateSecurityGroupRuleRequest()
        .withBody(new V3.CreateSecurityGroupRuleRequestBody(ruleOption).withDryRun(true)));
    check('VPC CreateSecurityGroupRule (v3) dry_run: 202, nothing created', dry.httpStatusCode === 202
        && !dry.security_group_rule && (await listGroup()).security_group_rules.length === rulesBefore,
        JSON.stringify(dry));
    const rule3 = await createRule();
    check('VPC CreateSecurityGroupRule (v3)', rule3.security_group_rule.multiport === '1883'
        && rule3.security_group_rule.security_group_id === '2a7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e', JSON.stringify(rule3));
    await expectError('a duplicate v3 rule is refused (VPC.0604, v3 error body)', createRule(),
        (e) => e.errorCode === 'VPC.0604' && e.httpStatusCode === 409);
    // v2.0 routes: the seeded telemetry VPC's ACTIVE peering with EMQX's VPC is the next hop.
    const telemetry = '3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9';
    const route = await client.createVpcRoute(new V.CreateVpcRouteRequest().withBody(
        new V.CreateVpcRouteRequestBody(new V.CreateVpcRouteOption('172.21.0.0/16',
            '22b76469-08e3-4937-8c1d-7aad34892be1', 'peering', telemetry))));
    check('VPC CreateVpcRoute (v2.0)', !!route.route.id && route.route.vpc_id === telemetry, JSON.stringify(route));
    const routes = await client.listVpcRoutes(new V.ListVpcRoutesRequest().withVpcId(telemetry).withType('peering'));
    check('VPC ListVpcRoutes (v2.0)', routes.routes.length === 2
        && routes.routes.some((r) => r.id === route.route.id), JSON.stringify(routes));
    await expectError('a route to a pending peering is refused (v2.0 error body)',
        client.createVpcRoute(new V.CreateVpcRouteRequest().withBody(new V.CreateVpcRouteRequestBody(
            new V.CreateVpcRouteOption('172.22.0.0/16', created.peering.id, 'peering',
                '9daeac7c-a98f-430f-8e38-67f9c044e299')))),
        (e) => e.errorCode === 'VPC.0101' && e.httpStatusCode === 400);

    const I = sdks.hwIam;
    const iam = I.IamClient.newBuilder()
        .withCredential(new GlobalCredentials().withAk(HUAWEI.ak).withSk(HUAWEI.sk)).withEndpoint(endpoint).build();
    const key = await iam.showPermanentAccessKey(new I.ShowPermanentAccessKeyRequest(HUAWEI.ak));
    check('IAM ShowPermanentAccessKey', key.credential.user_id === '5d1c0e6f9a8b47c3b2a1f0e9d8c7b6a5', JSON.stringify(key));

    const wrong = V.VpcClient.newBuilder().withCredential(
        new BasicCredentials().withAk(HUAWEI.ak).withSk(HUAWEI.sk + 'x').withProjectId(PROJECT))
        .withEndpoint(endpoint).build();
    await expectError('a wrong SK is APIGW.0301', wrong.listVpcs(new V.ListVpcsRequest()),
        (e) => e.errorCode === 'APIGW.0301' && e.httpStatusCode === 401 && !!e.requestId);
}

// The throttling fault knob (--throttle-provider-calls): what the SDKs see is the providers' own
// throttling answer (the SDKs do not retry it by default).
async function throttling(executable) {
    const sandbox = await startSandbox(executable, ['--throttle-provider-calls', '1']);
    try {
        const Vpc = sdks.vpc;
        const vpc = new Vpc.default(aliyunConfig(sandbox.aliyun));
        await expectError('Alibaba Cloud throttled: Throttling.User, 400',
            vpc.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: 'cn-hangzhou' })),
            (e) => e.code === 'Throttling.User' && e.statusCode === 400);
        const again = await vpc.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: 'cn-hangzhou' }));
        check('Alibaba Cloud served after the throttled call', again.body.totalCount === 4);
        const V = sdks.hwVpc;
        const credential = new sdks.hwCore.BasicCredentials().withAk(HUAWEI.ak).withSk(HUAWEI.sk)
            .withProjectId(PROJECT);
        const client = V.VpcClient.newBuilder().withCredential(credential).withEndpoint(sandbox.huawei).build();
        await expectError('Huawei Cloud throttled: APIGW.0308, 429', client.listVpcs(new V.ListVpcsRequest()),
            (e) => e.errorCode === 'APIGW.0308' && e.httpStatusCode === 429 && !!e.requestId);
        const vpcs = await client.listVpcs(new V.ListVpcsRequest());
        check('Huawei Cloud served after the throttled call', vpcs.vpcs.length === 2);
    } finally {
        sandbox.child.kill('SIGTERM');
    }
}

(async () => {
    const executable = path.resolve(process.argv[2] || '');
    const sandbox = await startSandbox(executable);
    try {
        await aliyun(sandbox.aliyun);
        await huawei(sandbox.huawei);
        await throttling(executable);
    } catch (error) {
        check('no unexpected error', false, error.stack || String(error));
    } finally {
        sandbox.child.kill('SIGTERM');
    }
    console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
    process.exit(failures ? 1 : 0);
})();
