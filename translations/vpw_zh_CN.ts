<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CloudSideGroup</name>
    <message>
        <source>Cloud side: mismatch</source>
        <translation>云上配置：不一致</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connects an EMQX Cloud deployment to your Alibaba Cloud or Huawei Cloud VPC.</source>
        <translation>将 EMQX Cloud 部署连接到您在阿里云或华为云的 VPC。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>VPC Peering Wizard</source>
        <translation>VPC 对等连接向导</translation>
    </message>
    <message>
        <source>Environment:
  QT_LOGGING_RULES        logging rules; they override --log-level
  VPW_SANDBOX_API_KEY     API key for --sandbox-url (default: demo)
  VPW_SANDBOX_API_SECRET  API secret for --sandbox-url (default: demo)
Only one instance runs per user: starting it again raises its window.</source>
        <translation>环境变量：
  QT_LOGGING_RULES        日志规则；优先于 --log-level
  VPW_SANDBOX_API_KEY     --sandbox-url 使用的 API 密钥 ID（默认：demo）
  VPW_SANDBOX_API_SECRET  --sandbox-url 使用的 API 密钥（默认：demo）
每个用户只运行一个实例：再次启动会将已打开的窗口置于前台。</translation>
    </message>
    <message>
        <source>Displays the version of the application and of Qt.</source>
        <translation>显示本应用和 Qt 的版本。</translation>
    </message>
    <message>
        <source>Open the credential profile with this name or id (it becomes the current one).</source>
        <translation>打开具有此名称或 ID 的连接配置（并将其设为当前连接配置）。</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>名称|ID</translation>
    </message>
    <message>
        <source>Connect the demo profile to a standalone sandbox (vpc-peering-sandbox) at this loopback URL instead of starting one inside the application.</source>
        <translation>将演示连接配置连接到此本机回环地址上独立运行的沙箱（vpc-peering-sandbox），而不在应用内启动沙箱。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Log level of the vpw.* categories: debug, info (default), warning or critical.</source>
        <translation>vpw.* 日志类别的级别：debug、info（默认）、warning 或 critical。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Also write the log to %1 (kept under 1 MiB; the 3 previous files are kept as .1, .2, .3).</source>
        <translation>同时将日志写入 %1（单个文件不超过 1 MiB；保留之前的 3 个文件，后缀为 .1、.2、.3）。</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1（构建时使用 Qt %2）</translation>
    </message>
    <message>
        <source>--log-level must be debug, info, warning or critical.</source>
        <translation>--log-level 必须是 debug、info、warning 或 critical。</translation>
    </message>
    <message>
        <source>--sandbox-url must be an http:// URL on this computer, such as http://127.0.0.1:8080.</source>
        <translation>--sandbox-url 必须是本机上的 http:// 地址，例如 http://127.0.0.1:8080。</translation>
    </message>
    <message>
        <source>no profile is named &quot;%1&quot; or has that id. Profiles: %2</source>
        <translation>没有名称或 ID 为“%1”的连接配置。现有连接配置：%2</translation>
    </message>
    <message>
        <source>VPC Peering Wizard is already running: its window was brought to the front.</source>
        <translation>VPC 对等连接向导已在运行：已将其窗口置于前台。</translation>
    </message>
    <message>
        <source>already running, but %1.</source>
        <translation>已在运行，但%1。</translation>
    </message>
    <message>
        <source>Test the key of the stored provider account with this name or id with one read call (as the profiles dialog&apos;s Test key does), print the outcome and exit: 0 when the key works, 1 otherwise. Opens no window.</source>
        <translation>用一次只读调用测试具有该名称或 ID 的已保存云服务商账号的密钥（与连接配置对话框中的“测试密钥”相同），打印结果后退出：密钥可用时退出码为 0，否则为 1。不打开窗口。</translation>
    </message>
    <message>
        <source>no provider account is named &quot;%1&quot; or has that id. Provider accounts: %2</source>
        <translation>没有名为“%1”或 ID 为该值的云服务商账号。云服务商账号：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>vpw::Advice</name>
    <message>
        <source>The 10-minute window closed before the VPC was loaded into the cloud enterprise network (CEN). Next step: create the peering again and load the network instance into the CEN within 10 minutes of submitting it.</source>
        <translation>在 10 分钟时限内，VPC 未被加载到云企业网（CEN）中。下一步：重新创建对等连接，并在提交后 10 分钟内将网络实例加载到云企业网中。</translation>
    </message>
    <message>
        <source>Alibaba Cloud did not accept the peering. Next step: check the CEN instance ID, the account ID and the VPC ID in the Alibaba Cloud console, then create the peering again.</source>
        <translation>阿里云未接受该对等连接。下一步：在阿里云控制台核对云企业网实例 ID、账号 ID 和 VPC ID，然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>EMQX Cloud did not find the CEN instance in the deployment&apos;s region. Next step: check in the Alibaba Cloud console that the CEN instance ID is right and that the instance exists, then create the peering again.</source>
        <translation>EMQX Cloud 在部署所在地域中未找到该云企业网实例。下一步：在阿里云控制台确认云企业网实例 ID 正确且实例存在，然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>The VPC attached to the CEN instance is not the VPC you entered. Next step: check in the Alibaba Cloud console which VPC is attached to the CEN instance, then create the peering again with that VPC ID and its CIDR block.</source>
        <translation>加载到云企业网实例中的 VPC 不是您填写的 VPC。下一步：在阿里云控制台查看加载到该云企业网实例的 VPC，然后使用该 VPC 的 ID 和网段重新创建对等连接。</translation>
    </message>
    <message>
        <source>The CEN instance belongs to another Alibaba Cloud account than the account ID you entered. Next step: check the account ID on the Alibaba Cloud console&apos;s overview page, then create the peering again.</source>
        <translation>该云企业网实例属于另一个阿里云账号，而不是您填写的账号 ID。下一步：在阿里云控制台概览页核对账号 ID，然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>The request expired before the deployment&apos;s VPC was loaded into the CEN instance. Next step: create the peering again and load the network instance right away.</source>
        <translation>在部署的 VPC 加载到云企业网实例之前，请求已过期。下一步：重新创建对等连接，并立即加载网络实例。</translation>
    </message>
    <message>
        <source>Alibaba Cloud could not complete the peering. Next step: read the reason EMQX Cloud gives, correct it in the Alibaba Cloud console, then create the peering again.</source>
        <translation>阿里云未能完成该对等连接。下一步：查看 EMQX Cloud 给出的原因，在阿里云控制台中更正，然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>EMQX Cloud stopped waiting for the peering request before it could accept it. Next step: check that the peering request still exists in the Huawei Cloud console, then create the peering again.</source>
        <translation>EMQX Cloud 在接受对等连接请求之前已停止等待。下一步：在华为云控制台确认该对等连接请求仍然存在，然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>Huawei Cloud did not accept the peering. Next step: check in the Huawei Cloud console that the peering request names the EMQX Cloud project ID and VPC ID as its peer, check the peering ID, VPC ID and user ID, then create the peering again.</source>
        <translation>华为云未接受该对等连接。下一步：在华为云控制台确认对等连接请求的对端为 EMQX Cloud 的项目 ID 和 VPC ID，核对对等连接 ID、VPC ID 和用户 ID，然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>EMQX Cloud did not find the peering request in the deployment&apos;s region. Next step: check the peering connection ID in the Huawei Cloud console and that your VPC is in the deployment&apos;s region, then create the peering again.</source>
        <translation>EMQX Cloud 在部署所在地域中未找到该对等连接请求。下一步：在华为云控制台核对对等连接 ID，并确认您的 VPC 与部署位于同一地域，然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>The peering request does not connect your VPC to the deployment&apos;s VPC. Next step: in the Huawei Cloud console, check the local VPC and that the peer VPC ID is the deployment VPC ID, then create the peering again.</source>
        <translation>该对等连接请求连接的不是您的 VPC 与部署的 VPC。下一步：在华为云控制台核对本端 VPC，并确认对端 VPC ID 为部署 VPC ID，然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>The peering request does not name EMQX Cloud&apos;s project as its peer, or it belongs to another user than the user ID you entered. Next step: check the peer project ID and your user ID (My Credentials), then create the peering again.</source>
        <translation>该对等连接请求的对端不是 EMQX Cloud 的项目，或者它属于另一个用户，而不是您填写的用户 ID。下一步：核对对端项目 ID 和您的用户 ID（我的凭证），然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>The peering request expired before EMQX Cloud accepted it. Next step: create a new peering request in the Huawei Cloud console, then create the peering again.</source>
        <translation>对等连接请求在 EMQX Cloud 接受之前已过期。下一步：在华为云控制台创建新的对等连接请求，然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>Huawei Cloud could not complete the peering. Next step: read the reason EMQX Cloud gives, correct it in the Huawei Cloud console, then create the peering again.</source>
        <translation>华为云未能完成该对等连接。下一步：查看 EMQX Cloud 给出的原因，在华为云控制台中更正，然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>EMQX Cloud stopped waiting for the peering connection before it could accept it. Next step: check in the AWS console that the peering connection is still pending acceptance, then create the peering again.</source>
        <translation>EMQX Cloud 在接受对等连接之前已停止等待。下一步：在 AWS 控制台确认该对等连接仍处于“等待接受”状态，然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>The peering connection was rejected or deleted on the AWS side. Next step: create a new peering connection in the AWS console (Account: Another account, Account ID: the EMQX Cloud account ID, VPC ID (Accepter): the deployment VPC ID), then create the peering again.</source>
        <translation>该对等连接已在 AWS 侧被拒绝或删除。下一步：在 AWS 控制台新建对等连接（账户：另一个账户，账户 ID：EMQX Cloud 账号 ID，VPC ID（接受者）：部署 VPC ID），然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>EMQX Cloud did not find the peering connection in the deployment&apos;s region. Next step: check the peering connection ID in the AWS console and that your VPC is in the deployment&apos;s region, then create the peering again.</source>
        <translation>EMQX Cloud 在部署所在区域中未找到该对等连接。下一步：在 AWS 控制台核对对等连接 ID，并确认您的 VPC 与部署位于同一区域，然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>The peering connection does not connect your VPC to the deployment&apos;s VPC. Next step: in the AWS console, check that the requester VPC is the VPC ID you entered and the accepter VPC is the deployment VPC ID, then create the peering again.</source>
        <translation>该对等连接连接的不是您的 VPC 与部署的 VPC。下一步：在 AWS 控制台确认请求者 VPC 是您填写的 VPC ID、接受者 VPC 是部署 VPC ID，然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>The peering connection does not name the EMQX Cloud account as the accepter, or its requester VPC owner is not the account ID you entered. Next step: check both account IDs in the AWS console, then create the peering again.</source>
        <translation>该对等连接的接受者不是 EMQX Cloud 账户，或者其请求者 VPC 所有者不是您填写的账户 ID。下一步：在 AWS 控制台核对这两个账户 ID，然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>The peering connection request expired before EMQX Cloud accepted it (AWS keeps a request for 7 days). Next step: create a new peering connection in the AWS console, then create the peering again.</source>
        <translation>对等连接请求在 EMQX Cloud 接受之前已过期（AWS 将请求保留 7 天）。下一步：在 AWS 控制台新建对等连接，然后重新创建对等连接。</translation>
    </message>
    <message>
        <source>AWS could not complete the peering. Next step: read the reason EMQX Cloud gives, correct it in the AWS console, then create the peering again.</source>
        <translation>AWS 未能完成该对等连接。下一步：查看 EMQX Cloud 给出的原因，在 AWS 控制台中更正，然后重新创建对等连接。</translation>
    </message>
</context>
<context>
    <name>vpw::Cidr</name>
    <message>
        <source>%1 is not a CIDR block: the address must be four numbers from 0 to 255 separated by dots, followed by a slash and a prefix length, for example 192.168.1.0/24.</source>
        <translation>%1 不是 CIDR 网段：地址应为四个 0 到 255 之间、以点分隔的数字，后跟斜杠和前缀长度，例如 192.168.1.0/24。</translation>
    </message>
    <message>
        <source>%1 is not a valid CIDR block: %2 is not an address number. Each of the four numbers must be between 0 and 255, for example 192.168.1.0/24.</source>
        <translation>%1 不是有效的 CIDR 网段：%2 不是有效的地址数字。四个数字都必须在 0 到 255 之间，例如 192.168.1.0/24。</translation>
    </message>
    <message>
        <source>Enter a CIDR block: an IPv4 network address, a slash and a prefix length, for example 192.168.0.0/16.</source>
        <translation>请输入 CIDR 网段：IPv4 网络地址、斜杠和前缀长度，例如 192.168.0.0/16。</translation>
    </message>
    <message>
        <source>%1 contains a space. A CIDR block is written without spaces, for example 192.168.1.0/24.</source>
        <translation>%1 中含有空格。CIDR 网段中不能有空格，例如 192.168.1.0/24。</translation>
    </message>
    <message>
        <source>%1 looks like an IPv6 address. VPC peering uses an IPv4 CIDR block, for example 192.168.0.0/16.</source>
        <translation>%1 看起来是 IPv6 地址。VPC 对等连接使用 IPv4 CIDR 网段，例如 192.168.0.0/16。</translation>
    </message>
    <message>
        <source>%1 contains %2, which does not belong in a CIDR block. Use only digits, dots and one slash, for example 192.168.1.0/24.</source>
        <translation>%1 中含有 %2，CIDR 网段中不能出现该字符。只能使用数字、点和一个斜杠，例如 192.168.1.0/24。</translation>
    </message>
    <message>
        <source>%1 contains more than one slash. A CIDR block has one, between the address and the prefix length, for example 192.168.1.0/24.</source>
        <translation>%1 中有多个斜杠。CIDR 网段只有一个斜杠，位于地址和前缀长度之间，例如 192.168.1.0/24。</translation>
    </message>
    <message>
        <source>%1 is ambiguous: the number %2 has a leading zero, which some tools read as octal. Write the numbers without leading zeros.</source>
        <translation>%1 有歧义：数字 %2 带有前导零，部分工具会将其按八进制解析。请去掉前导零。</translation>
    </message>
    <message>
        <source>%1 has no prefix length. Add a slash and the number of network bits, for example %2.</source>
        <translation>%1 缺少前缀长度。请加上斜杠和网络位数，例如 %2。</translation>
    </message>
    <message>
        <source>%1 is not a valid CIDR block: the prefix length /%2 is out of range. It must be between 0 and 32; a VPC usually uses /8 to /28.</source>
        <translation>%1 不是有效的 CIDR 网段：前缀长度 /%2 超出范围。前缀长度必须在 0 到 32 之间；VPC 通常使用 /8 到 /28。</translation>
    </message>
    <message>
        <source>%1 is ambiguous: the prefix length /%2 has a leading zero. Write it as /%3.</source>
        <translation>%1 有歧义：前缀长度 /%2 带有前导零。请写成 /%3。</translation>
    </message>
    <message>
        <source>%1 has host bits set: with /%2 the network address is %3. Use %4.</source>
        <translation>%1 的主机位不为零：前缀为 /%2 时网络地址是 %3。请使用 %4。</translation>
    </message>
</context>
<context>
    <name>vpw::DemoBackend</name>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation>本地沙箱无法启动：%1</translation>
    </message>
    <message>
        <source>Demo — emulated Alibaba Cloud account</source>
        <translation>演示 — 模拟的阿里云账号</translation>
    </message>
    <message>
        <source>Demo — emulated Huawei Cloud account</source>
        <translation>演示 — 模拟的华为云账号</translation>
    </message>
</context>
<context>
    <name>vpw::EndpointRule</name>
    <message>
        <source>Enter the API endpoint, for example https://api.example.com.</source>
        <translation>请输入 API 地址，例如 https://api.example.com。</translation>
    </message>
    <message>
        <source>The API endpoint is not a valid address. Enter a full URL such as https://api.example.com.</source>
        <translation>API 地址无效。请输入完整的 URL，例如 https://api.example.com。</translation>
    </message>
    <message>
        <source>The API endpoint must start with https://.</source>
        <translation>API 地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Remove the user name and password from the endpoint address: the API key and secret are entered separately and never sent in a URL.</source>
        <translation>请从 API 地址中删除用户名和密码：API 密钥和 API Secret 需单独填写，绝不会放在 URL 中发送。</translation>
    </message>
    <message>
        <source>Remove the part after &quot;?&quot; or &quot;#&quot; from the endpoint address.</source>
        <translation>请删除 API 地址中“?”或“#”之后的部分。</translation>
    </message>
    <message>
        <source>The endpoint %1 must use https://: plain http is only allowed for a server on this computer (localhost).</source>
        <translation>地址 %1 必须使用 https://：只有本机（localhost）上的服务器才允许使用普通 http。</translation>
    </message>
</context>
<context>
    <name>vpw::FieldRules</name>
    <message>
        <source>Enter the %1, for example %2.</source>
        <translation>请输入%1，例如 %2。</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>%1 contains %2, which cannot appear in a valid %3: %4 For example: %5.</source>
        <translation>%1 中含有%2，有效的%3中不能出现该字符：%4例如：%5。</translation>
    </message>
    <message>
        <source>%1 is not the %3 this field needs: it looks like the %2. Enter the %3, for example %4.</source>
        <translation>%1 不是此处需要的%3：它看起来是%2。请输入%3，例如 %4。</translation>
    </message>
    <message>
        <source>%1 is not a valid %2: it must start with %3, for example %4.</source>
        <translation>%1 不是有效的%2：必须以 %3 开头，例如 %4。</translation>
    </message>
    <message>
        <source>%1 is incomplete: lower-case letters and digits follow %2, for example %3.</source>
        <translation>%1 不完整：%2 之后还应有小写字母和数字，例如 %3。</translation>
    </message>
    <message>
        <source>after %1 come only lower-case letters and digits.</source>
        <translation>%1 之后只能是小写字母和数字。</translation>
    </message>
    <message>
        <source>%1 has %2 characters after %3; a valid %4 usually has %5, for example %6. Check that it is complete.</source>
        <translation>%1 在 %3 之后有 %2 个字符；有效的%4通常为 %5 个，例如 %6。请检查是否完整。</translation>
    </message>
    <message>
        <source>an Alibaba Cloud account ID is digits only (console overview page, “Account ID”).</source>
        <translation>阿里云账号 ID 只包含数字（见控制台概览页的“账号 ID”）。</translation>
    </message>
    <message>
        <source>it is made of hex digits (0-9, a-f) and hyphens.</source>
        <translation>它由十六进制数字（0-9、a-f）和连字符组成。</translation>
    </message>
    <message>
        <source>%1 is not a valid %2: it has five groups of 8, 4, 4, 4 and 12 hex digits separated by hyphens, for example %3.</source>
        <translation>%1 不是有效的%2：它由以连字符分隔的 8、4、4、4、12 位五组十六进制数字组成，例如 %3。</translation>
    </message>
    <message>
        <source>it is made of 32 hex digits (0-9, a-f).</source>
        <translation>它由 32 位十六进制数字（0-9、a-f）组成。</translation>
    </message>
    <message>
        <source>%1 has %2 hex digits; a valid %3 has 32, without hyphens, for example %4.</source>
        <translation>%1 有 %2 位十六进制数字；有效的%3为 32 位，不含连字符，例如 %4。</translation>
    </message>
    <message>
        <source>Removed the hyphens: the %1 is 32 hex digits without hyphens. %2 will be used.</source>
        <translation>已去掉连字符：%1为 32 位不含连字符的十六进制数字。将使用 %2。</translation>
    </message>
    <message>
        <source>CEN instance ID</source>
        <translation>云企业网实例 ID</translation>
    </message>
    <message>
        <source>Alibaba Cloud account ID</source>
        <translation>阿里云账号 ID</translation>
    </message>
    <message>
        <source>Alibaba Cloud VPC ID</source>
        <translation>阿里云 VPC ID</translation>
    </message>
    <message>
        <source>Huawei peering ID</source>
        <translation>华为云对等连接 ID</translation>
    </message>
    <message>
        <source>Huawei VPC ID</source>
        <translation>华为云 VPC ID</translation>
    </message>
    <message>
        <source>Huawei user ID</source>
        <translation>华为云用户 ID</translation>
    </message>
    <message>
        <source>Huawei project ID</source>
        <translation>华为云项目 ID</translation>
    </message>
    <message>
        <source>VPC CIDR block</source>
        <translation>VPC 网段</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>%1 is not a private range. Huawei Cloud VPCs use a CIDR block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation>%1 不是私网网段。华为云 VPC 的网段须位于 10.0.0.0/8、172.16.0.0/12 或 192.168.0.0/16 之内。</translation>
    </message>
    <message>
        <source>%1 is too small for a Huawei Cloud VPC: the prefix length must be /28 or shorter.</source>
        <translation>%1 对华为云 VPC 来说太小：前缀长度不能超过 /28。</translation>
    </message>
    <message>
        <source>%1 has a prefix longer than /24. Huawei Cloud accepts up to /28, but older regions allow only /24 or shorter.</source>
        <translation>%1 的前缀长于 /24。华为云最多支持 /28，但较早的地域只支持 /24 及更短的前缀。</translation>
    </message>
    <message>
        <source>%1 cannot be an Alibaba Cloud VPC: the prefix length must be between /8 and /28.</source>
        <translation>%1 不能用作阿里云 VPC 网段：前缀长度必须在 /8 到 /28 之间。</translation>
    </message>
    <message>
        <source>%1 overlaps %2, which Alibaba Cloud does not allow for a VPC. Use a private range such as 192.168.0.0/16.</source>
        <translation>%1 与 %2 重叠，阿里云不允许 VPC 使用该网段。请使用私网网段，例如 192.168.0.0/16。</translation>
    </message>
    <message>
        <source>%1 is not a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16). Alibaba Cloud accepts it as a custom range; make sure it does not hide public addresses you need.</source>
        <translation>%1 不是私网网段（10.0.0.0/8、172.16.0.0/12、192.168.0.0/16）。阿里云允许将其作为自定义网段，但请确认它不会覆盖您需要访问的公网地址。</translation>
    </message>
    <message>
        <source>%1 overlaps EMQX Cloud&apos;s reserved range %2. Choose a CIDR block outside it.</source>
        <translation>%1 与 EMQX Cloud 的保留网段 %2 重叠。请选择该范围之外的网段。</translation>
    </message>
    <message>
        <source>%1 overlaps %2, the CIDR block of %3. Peered networks must not overlap, or routing would be ambiguous.</source>
        <translation>%1 与 %3 的网段 %2 重叠。对等连接的网络不能重叠，否则路由会产生歧义。</translation>
    </message>
    <message>
        <source>The %1 contains a control character (U+%2), which cannot appear in it. Type or paste it again, for example %3.</source>
        <translation>%1 中含有控制字符（U+%2），该字段中不能出现此类字符。请重新输入或粘贴，例如 %3。</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>after %1 come only hex digits (0-9, a-f).</source>
        <translation>%1 之后只能是十六进制数字（0-9、a-f）。</translation>
    </message>
    <message>
        <source>%1 contains upper-case letters. A %2 is written in lower case: %3.</source>
        <translation>%1 包含大写字母。%2 使用小写：%3。</translation>
    </message>
    <message>
        <source>%1 has %2 characters after %3; a valid %4 has %5, for example %6.</source>
        <translation>%1 在 %3 之后有 %2 个字符；有效的%4应有 %5 个，例如 %6。</translation>
    </message>
    <message>
        <source>it is made of digits only.</source>
        <translation>它只由数字组成。</translation>
    </message>
    <message>
        <source>%1 has %2 digits; a valid %3 has exactly %4, for example %5.</source>
        <translation>%1 有 %2 位数字；有效的%3恰好有 %4 位，例如 %5。</translation>
    </message>
    <message>
        <source>%1 has %2 digits; a valid %3 usually has %4, for example %5. Check that it is complete.</source>
        <translation>%1 有 %2 位数字；有效的%3通常有 %4 位，例如 %5。请检查是否完整。</translation>
    </message>
    <message>
        <source>%1 is not a region code: region codes are lower-case words and a number joined by hyphens, for example %2.</source>
        <translation>%1 不是地域代码：地域代码由小写单词和数字以连字符连接而成，例如 %2。</translation>
    </message>
    <message>
        <source>AWS peering connection ID</source>
        <translation>AWS 对等连接 ID</translation>
    </message>
    <message>
        <source>AWS VPC ID</source>
        <translation>亚马逊云科技 VPC ID</translation>
    </message>
    <message>
        <source>AWS account ID</source>
        <translation>AWS 账户 ID</translation>
    </message>
    <message>
        <source>an AWS account ID is 12 digits (AWS console: the account menu at the top right).</source>
        <translation>AWS 账户 ID 为 12 位数字（见 AWS 控制台右上角的账户菜单）。</translation>
    </message>
    <message>
        <source>%1 cannot be an AWS VPC: the prefix length must be between /16 and /28.</source>
        <translation>%1 不能用作 AWS VPC 网段：前缀长度必须在 /16 到 /28 之间。</translation>
    </message>
    <message>
        <source>%1 is not a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16). AWS accepts a publicly routable block for a VPC; make sure it does not hide public addresses you need.</source>
        <translation>%1 不是私网网段（10.0.0.0/8、172.16.0.0/12、192.168.0.0/16）。AWS 允许 VPC 使用可公开路由的网段，但请确认它不会覆盖您需要访问的公网地址。</translation>
    </message>
    <message>
        <source>Huawei security group ID</source>
        <translation>华为云安全组 ID</translation>
    </message>
    <message>
        <source>Huawei route table ID</source>
        <translation>华为云路由表 ID</translation>
    </message>
</context>
<context>
    <name>vpw::Flow</name>
    <message>
        <source>Alibaba Cloud CEN console</source>
        <translation>阿里云云企业网控制台</translation>
    </message>
    <message>
        <source>Huawei Cloud VPC peering console</source>
        <translation>华为云 VPC 对等连接控制台</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>Allow the deployment in your security group</source>
        <translation>在安全组中放行部署</translation>
    </message>
    <message>
        <source>Source (deployment CIDR block)</source>
        <translation>授权对象（部署 VPC 网段）</translation>
    </message>
    <message>
        <source>Deleting a peering</source>
        <translation>删除对等连接</translation>
    </message>
    <message>
        <source>A peering can be deleted only while its state is running.

Before you delete it, make sure the deployment has no resources bound to the peering (for example rule-engine resources that reach your VPC). Deleting a peering that resources still use leads to unpredictable failures.

To delete, select the peering in the list of the deployment&apos;s peerings and click Delete.</source>
        <translation>只有状态为 running（运行中）的对等连接才能删除。

删除前，请确保部署不存在任何与该对等连接关联的资源（例如访问您 VPC 的规则引擎资源）。删除仍被资源使用的对等连接将导致不可预估的风险。

删除时，在部署的对等连接列表中选中该对等连接，然后点击删除。</translation>
    </message>
    <message>
        <source>Alibaba Cloud (Cloud Enterprise Network)</source>
        <translation>阿里云（云企业网）</translation>
    </message>
    <message>
        <source>Create a CEN instance</source>
        <translation>创建云企业网实例</translation>
    </message>
    <message>
        <source>On Alibaba Cloud, VPC peering goes through a Cloud Enterprise Network (CEN).

Sign in to your Alibaba Cloud account and open the Cloud Enterprise Network page. Click Create CEN Instance, fill in the information of your VPC and click OK.

Note: one VPC can belong to only one CEN instance. If your VPC is already attached to a CEN instance, use that instance instead of creating a new one.</source>
        <translation>在阿里云上，VPC 对等连接通过云企业网（CEN）实现。

登录您的阿里云账号，进入云企业网页面。点击创建云企业网实例，填写 VPC 相关信息，然后点击确定。

注意：一个 VPC 只能关联一个云企业网。如果您的 VPC 已关联某个云企业网实例，请直接使用该实例，不要新建。</translation>
    </message>
    <message>
        <source>Enter your CEN details</source>
        <translation>填写云企业网信息</translation>
    </message>
    <message>
        <source>Copy these values from the Alibaba Cloud console. The peering ID is the ID of the CEN instance you created, the account ID is your Alibaba Cloud account ID, and the VPC ID is the VPC attached to that CEN instance.

The VPC&apos;s CIDR block is checked as you type: it must not fall in EMQX Cloud&apos;s reserved range nor overlap the deployment&apos;s network or another peering.</source>
        <translation>从阿里云控制台复制以下信息：对等连接 ID 即您创建的云企业网实例 ID，账号 ID 即阿里云账号 ID，VPC ID 即挂载到该云企业网中的 VPC ID。

VPC 网段会在输入时即时检查：不能落在 EMQX Cloud 的保留网段内，也不能与部署的网络或其他对等连接重叠。</translation>
    </message>
    <message>
        <source>Peering ID (CEN instance ID)</source>
        <translation>对等连接 ID（云企业网实例 ID）</translation>
    </message>
    <message>
        <source>Alibaba Cloud console: Cloud Enterprise Network, the ID column of your CEN instance. It starts with &quot;cen-&quot;.</source>
        <translation>阿里云控制台：云企业网，您的云企业网实例的 ID 列。以“cen-”开头。</translation>
    </message>
    <message>
        <source>Account ID (Alibaba Cloud account ID)</source>
        <translation>账号 ID（阿里云账号 ID）</translation>
    </message>
    <message>
        <source>Alibaba Cloud console: the account menu at the top right, or the overview page, shows the Account ID (digits only).</source>
        <translation>阿里云控制台：右上角的账号菜单或概览页显示账号 ID（仅数字）。</translation>
    </message>
    <message>
        <source>VPC ID (the VPC attached to the CEN)</source>
        <translation>VPC ID（挂载到云企业网中的 VPC）</translation>
    </message>
    <message>
        <source>Alibaba Cloud console: VPC, the ID of the VPC you attached to the CEN instance. It starts with &quot;vpc-&quot;.</source>
        <translation>阿里云控制台：专有网络 VPC，您挂载到云企业网实例的 VPC 的 ID。以“vpc-”开头。</translation>
    </message>
    <message>
        <source>VPC CIDR block</source>
        <translation>VPC 网段</translation>
    </message>
    <message>
        <source>Submit the peering to EMQX Cloud</source>
        <translation>向 EMQX Cloud 提交对等连接</translation>
    </message>
    <message>
        <source>EMQX Cloud records the peering as pending. From the moment EMQX Cloud creates it, you have 10 minutes to load the deployment&apos;s VPC into your CEN instance; after that the peering fails and must be created again.

Keep the Alibaba Cloud console open on your CEN instance before you submit.</source>
        <translation>EMQX Cloud 会将对等连接记录为 pending（等待中）。从 EMQX Cloud 创建它的那一刻起，您需要在 10 分钟内将部署的 VPC 加载到您的云企业网实例中，否则将视为失败，需要重新创建。

提交前，请先在阿里云控制台打开您的云企业网实例。</translation>
    </message>
    <message>
        <source>Load the deployment&apos;s VPC into your CEN within 10 minutes</source>
        <translation>在 10 分钟内将部署的 VPC 加载到云企业网</translation>
    </message>
    <message>
        <source>In the Alibaba Cloud console, open the details of the CEN instance you created and click Load Network Instance. Choose the option for another account, then enter the values below: the deployment&apos;s VPC ID, EMQX Cloud&apos;s account ID and the region. Click OK.

Finish before the countdown ends, or the peering fails. The countdown runs from the time EMQX Cloud created the peering, and the state is checked while you work.</source>
        <translation>在阿里云控制台访问您创建的云企业网实例详情，点击加载网络实例。选择跨账号选项，然后填写下方的 EMQX Cloud 部署信息：部署 VPC ID、EMQX Cloud 账号 ID 和地域，点击确定。

请在倒计时结束前完成，否则对等连接将失败。倒计时从 EMQX Cloud 创建对等连接时开始计算，期间会持续检查状态。</translation>
    </message>
    <message>
        <source>Deployment VPC ID</source>
        <translation>部署 VPC ID</translation>
    </message>
    <message>
        <source>EMQX Cloud account ID</source>
        <translation>EMQX Cloud 账号 ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Check the peering state</source>
        <translation>查看对等连接状态</translation>
    </message>
    <message>
        <source>The peering turns running once EMQX Cloud finds the deployment&apos;s VPC in your CEN instance. If it fails, the reason is shown: correct it and create the peering again. A failed peering no longer holds its CIDR block.</source>
        <translation>EMQX Cloud 在您的云企业网实例中找到部署的 VPC 后，对等连接即变为 running（运行中）。如果失败，会显示原因：请修正后重新创建对等连接。失败的对等连接不再占用其网段。</translation>
    </message>
    <message>
        <source>Alibaba Cloud ECS console</source>
        <translation>阿里云云服务器 ECS 控制台</translation>
    </message>
    <message>
        <source>Huawei Cloud (VPC peering)</source>
        <translation>华为云（VPC 对等连接）</translation>
    </message>
    <message>
        <source>Note the deployment&apos;s values</source>
        <translation>记录部署信息</translation>
    </message>
    <message>
        <source>Deployment CIDR block</source>
        <translation>部署 VPC 网段</translation>
    </message>
    <message>
        <source>Create the peering request in Huawei Cloud</source>
        <translation>在华为云创建对等连接请求</translation>
    </message>
    <message>
        <source>Peer project ID (EMQX Cloud account ID)</source>
        <translation>对端项目 ID（EMQX Cloud 账号 ID）</translation>
    </message>
    <message>
        <source>Peer VPC ID (deployment VPC ID)</source>
        <translation>对端 VPC ID（部署 VPC ID）</translation>
    </message>
    <message>
        <source>Enter your peering details</source>
        <translation>填写对等连接信息</translation>
    </message>
    <message>
        <source>In the details of the peering connection you created, note its ID, and the CIDR block and ID of your VPC. Then find your user ID under My Credentials.

The VPC&apos;s CIDR block is checked as you type: it must not fall in EMQX Cloud&apos;s reserved range nor overlap the deployment&apos;s network or another peering.</source>
        <translation>在您创建的对等连接信息界面，记录对等连接 ID，以及您的 VPC 网段和 VPC ID。然后在“我的凭证”中找到用户 ID。

VPC 网段会在输入时即时检查：不能落在 EMQX Cloud 的保留网段内，也不能与部署的网络或其他对等连接重叠。</translation>
    </message>
    <message>
        <source>Peering connection ID</source>
        <translation>对等连接 ID</translation>
    </message>
    <message>
        <source>Huawei Cloud console: VPC Peering, the ID of the peering connection you just created (five groups of hex digits).</source>
        <translation>华为云控制台：对等连接，您刚创建的对等连接的 ID（五组十六进制数字）。</translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation>VPC ID</translation>
    </message>
    <message>
        <source>Huawei Cloud console: Virtual Private Cloud, the ID of your VPC (the local VPC of the peering connection).</source>
        <translation>华为云控制台：虚拟私有云 VPC，您的 VPC 的 ID（即对等连接的本端 VPC）。</translation>
    </message>
    <message>
        <source>User ID (from My Credentials)</source>
        <translation>用户 ID（见我的凭证）</translation>
    </message>
    <message>
        <source>Huawei Cloud console: your account menu, My Credentials, API Credentials: the IAM User ID (32 hex digits).</source>
        <translation>华为云控制台：账号菜单 → 我的凭证 → API 凭证中的 IAM 用户 ID（32 位十六进制数字）。</translation>
    </message>
    <message>
        <source>My Credentials</source>
        <translation>我的凭证</translation>
    </message>
    <message>
        <source>EMQX Cloud accepts the peering request you created in Huawei Cloud. The peering then runs, or fails with the reason (for example: the request was not found, or the VPC is in another region).</source>
        <translation>EMQX Cloud 会接受您在华为云创建的对等连接请求。之后对等连接进入运行状态，或失败并给出原因（例如：找不到该请求，或 VPC 位于其他区域）。</translation>
    </message>
    <message>
        <source>When EMQX Cloud has accepted the request, the peering is running and the Huawei Cloud console shows the connection as accepted. If it fails, the reason is shown: correct it and create the peering again.</source>
        <translation>EMQX Cloud 接受请求后，对等连接即为 running（运行中），华为云控制台中该连接显示为已接受。如果失败，会显示原因：请修正后重新创建对等连接。</translation>
    </message>
    <message>
        <source>Add a route to the deployment</source>
        <translation>添加到部署的路由</translation>
    </message>
    <message>
        <source>In the Huawei Cloud console, open Virtual Private Cloud, Route Tables, and select the route table of your VPC. Add a route: Destination = the deployment&apos;s CIDR block below; Next Hop Type = VPC peering connection; Next Hop = the peering connection you created.

Without this route your VPC does not send traffic for the deployment through the peering.</source>
        <translation>在华为云控制台打开虚拟私有云 VPC → 路由表，选择您 VPC 的路由表并添加路由：目的地址 = 下方的部署 VPC 网段；下一跳类型 = 对等连接；下一跳 = 您创建的对等连接。

没有这条路由，您的 VPC 不会经对等连接向部署发送流量。</translation>
    </message>
    <message>
        <source>Destination (deployment CIDR block)</source>
        <translation>目的地址（部署 VPC 网段）</translation>
    </message>
    <message>
        <source>Huawei Cloud VPC console</source>
        <translation>华为云虚拟私有云 VPC 控制台</translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <source>MQTT over TLS</source>
        <translation>MQTT over TLS</translation>
    </message>
    <message>
        <source>MQTT over WebSocket</source>
        <translation>MQTT over WebSocket</translation>
    </message>
    <message>
        <source>MQTT over secure WebSocket</source>
        <translation>MQTT over WSS</translation>
    </message>
    <message>
        <source>Sign in to your Alibaba Cloud account and open the security group of the instances in your VPC (ECS console, Network &amp; Security, Security Groups). Add an inbound rule that accepts TCP traffic from the deployment&apos;s CIDR block below, on the MQTT ports you use: tick them in the list of ports.

Without this rule the peering runs but the deployment cannot reach your instances.</source>
        <translation>登录您的阿里云账号，打开您 VPC 中实例的安全组（云服务器 ECS 控制台 → 网络与安全 → 安全组）。添加一条入方向规则：协议类型选择 TCP，授权对象填写下方的部署网段，端口范围为您使用的 MQTT 端口（请在端口列表中勾选）。

没有这条规则，对等连接虽然运行，但部署无法访问您的实例。</translation>
    </message>
    <message>
        <source>In the Huawei Cloud console, open the security group of the instances in your VPC (Virtual Private Cloud, Access Control, Security Groups). Add an inbound rule that accepts TCP traffic from the deployment&apos;s CIDR block below, on the MQTT ports you use: tick them in the list of ports.

Without this rule the peering runs but the deployment cannot reach your instances.</source>
        <translation>在华为云控制台打开您 VPC 中实例的安全组（虚拟私有云 VPC → 访问控制 → 安全组）。添加一条入方向规则：协议类型选择 TCP，授权对象填写下方的部署网段，端口范围为您使用的 MQTT 端口（请在端口列表中勾选）。

没有这条规则，对等连接虽然运行，但部署无法访问您的实例。</translation>
    </message>
    <message>
        <source>AWS VPC console: Peering connections</source>
        <translation>AWS VPC 控制台：对等连接</translation>
    </message>
    <message>
        <source>AWS (VPC peering)</source>
        <translation>AWS（VPC 对等连接）</translation>
    </message>
    <message>
        <source>You will need these values in the AWS console: the deployment&apos;s region, VPC ID, CIDR block and EMQX Cloud&apos;s AWS account ID.

Keep this wizard open while you work in the AWS console, and sign in to the same region as the deployment.</source>
        <translation>您将在 AWS 控制台中用到这些值：部署所在的区域、VPC ID、网段，以及 EMQX Cloud 的 AWS 账户 ID。

在 AWS 控制台中操作时请保持本向导打开，并登录到与部署相同的区域。</translation>
    </message>
    <message>
        <source>Create the peering connection in AWS</source>
        <translation>在 AWS 中创建对等连接</translation>
    </message>
    <message>
        <source>In the AWS console, in the deployment&apos;s region, open VPC, Peering connections, and click Create peering connection. Select your VPC as the VPC ID (Requester).

Under Select another VPC to peer with, choose Another account and This Region, then enter the values below: Account ID = EMQX Cloud account ID, VPC ID (Accepter) = deployment VPC ID. Click Create peering connection. Then note the peering connection ID, the Requester VPC ID and the Requester VPC owner.</source>
        <translation>在 AWS 控制台中切换到部署所在的区域，打开 VPC，进入“对等连接”，点击“创建对等连接”。选择您的 VPC 作为“VPC ID（请求者）”。

在“选择要与之对等连接的另一个 VPC”下，选择“另一个账户”和“此区域”，然后填写下面的值：账户 ID = EMQX Cloud 账号 ID，VPC ID（接受者）= 部署 VPC ID。点击“创建对等连接”。然后记下对等连接 ID、请求者 VPC ID 和请求者 VPC 所有者。</translation>
    </message>
    <message>
        <source>Account ID (EMQX Cloud account ID)</source>
        <translation>账户 ID（EMQX Cloud 账号 ID）</translation>
    </message>
    <message>
        <source>VPC ID (Accepter) (deployment VPC ID)</source>
        <translation>VPC ID（接受者）（部署 VPC ID）</translation>
    </message>
    <message>
        <source>Enter your peering connection details</source>
        <translation>填写对等连接信息</translation>
    </message>
    <message>
        <source>Copy these values from the details of the peering connection you created in the AWS console.

The VPC&apos;s CIDR block is checked as you type: it must not fall in EMQX Cloud&apos;s reserved range nor overlap the deployment&apos;s network or another peering.</source>
        <translation>从您在 AWS 控制台中创建的对等连接的详细信息中复制这些值。

输入时会检查 VPC 的网段：它不能落在 EMQX Cloud 的保留网段内，也不能与部署的网络或其他对等连接重叠。</translation>
    </message>
    <message>
        <source>AWS console: VPC, Peering connections, the Peering connection ID column. It starts with &quot;pcx-&quot;.</source>
        <translation>AWS 控制台：VPC，对等连接，“对等连接 ID”列。以“pcx-”开头。</translation>
    </message>
    <message>
        <source>Requester VPC ID</source>
        <translation>请求者 VPC ID</translation>
    </message>
    <message>
        <source>AWS console: the peering connection&apos;s details, Requester VPC. It starts with &quot;vpc-&quot;.</source>
        <translation>AWS 控制台：对等连接的详细信息，请求者 VPC。以“vpc-”开头。</translation>
    </message>
    <message>
        <source>Requester VPC owner (your AWS account ID)</source>
        <translation>请求者 VPC 所有者（您的 AWS 账户 ID）</translation>
    </message>
    <message>
        <source>AWS console: the peering connection&apos;s details, Requester owner ID: your AWS account ID (12 digits).</source>
        <translation>AWS 控制台：对等连接的详细信息，请求者所有者 ID：即您的 AWS 账户 ID（12 位数字）。</translation>
    </message>
    <message>
        <source>Requester VPC CIDR block</source>
        <translation>请求者 VPC 网段</translation>
    </message>
    <message>
        <source>EMQX Cloud accepts the peering connection you requested in AWS. The peering then runs, or fails with the reason (for example: the peering connection was not found, or it does not name the deployment&apos;s VPC).</source>
        <translation>EMQX Cloud 接受您在 AWS 中发起的对等连接请求。之后对等连接进入运行状态，或者失败并给出原因（例如：未找到该对等连接，或其对端不是部署的 VPC）。</translation>
    </message>
    <message>
        <source>When EMQX Cloud has accepted the request, the peering is running and the AWS console shows the peering connection as Active. If it fails, the reason is shown: correct it and create the peering again.</source>
        <translation>EMQX Cloud 接受请求后，对等连接即为 running 状态，AWS 控制台中该对等连接显示为“活动”。如果失败，会显示原因：更正后请重新创建对等连接。</translation>
    </message>
    <message>
        <source>In the AWS console, open VPC, Route tables, and select the route table of the subnets that must reach the deployment. Click Edit routes, then Add route: Destination = the deployment&apos;s CIDR block below; Target = Peering Connection, then the peering connection you created. Save the changes.

Without this route your VPC does not send traffic for the deployment through the peering.</source>
        <translation>在 AWS 控制台中打开 VPC，进入“路由表”，选择需要访问部署的子网所关联的路由表。点击“编辑路由”，然后“添加路由”：目的地 = 下面的部署网段；目标 = 对等连接，再选择您创建的对等连接。保存更改。

没有这条路由，您的 VPC 不会通过对等连接把发往部署的流量转发出去。</translation>
    </message>
    <message>
        <source>AWS VPC console: Route tables</source>
        <translation>AWS VPC 控制台：路由表</translation>
    </message>
    <message>
        <source>In the AWS console, open EC2, Security Groups, and select the security group of the instances in your VPC. Click Edit inbound rules and add a rule of type Custom TCP from the deployment&apos;s CIDR block below, on the MQTT ports you use: tick them in the list of ports.

Without this rule the peering runs but the deployment cannot reach your instances.</source>
        <translation>在 AWS 控制台中打开 EC2，进入“安全组”，选择您 VPC 中实例所使用的安全组。点击“编辑入站规则”，添加一条类型为“自定义 TCP”、来源为下面部署网段的规则，端口为您使用的 MQTT 端口：在端口列表中勾选。

没有这条规则，对等连接虽然运行，但部署无法访问您的实例。</translation>
    </message>
    <message>
        <source>AWS EC2 console: Security Groups</source>
        <translation>AWS EC2 控制台：安全组</translation>
    </message>
    <message>
        <source>Alibaba Cloud console: VPC, the IPv4 CIDR block of the same VPC.</source>
        <translation>阿里云控制台：专有网络 VPC，同一 VPC 的 IPv4 网段。</translation>
    </message>
    <message>
        <source>AWS console: the peering connection&apos;s details, Requester CIDRs: the IPv4 CIDR block of your VPC.</source>
        <translation>AWS 控制台：对等连接的详细信息，请求者 CIDR：您的 VPC 的 IPv4 网段。</translation>
    </message>
    <message>
        <source>Sign in to your Huawei Cloud account and open Console, Virtual Private Cloud. Click VPC Peering, then Create VPC Peering Connection. Select your VPC as the local VPC and choose Another account for the peer.

Enter the values below: Peer Project ID = EMQX Cloud account ID, Peer VPC ID = deployment VPC ID. Click OK to create the peering request. Your VPC must be in the deployment&apos;s region.

Keep this wizard open while you work in the Huawei Cloud console: the deployment&apos;s CIDR block is needed again for the route you add at the end.</source>
        <translation>登录华为云账号，进入控制台 → 虚拟私有云 VPC。点击对等连接 → 创建对等连接，本端 VPC 选择您的 VPC，对端选择其他账户。

填入下方信息：对端项目 ID = EMQX Cloud 账号 ID，对端 VPC ID = 部署 VPC ID。点击确定创建对等连接请求。您的 VPC 必须与部署位于同一区域。

在华为云控制台操作期间，请不要关闭本向导：最后添加路由时还需要用到部署 VPC 网段。</translation>
    </message>
    <message>
        <source>Huawei Cloud console: Virtual Private Cloud, the IPv4 CIDR block of your VPC.</source>
        <translation>华为云控制台：虚拟私有云 VPC，您的 VPC 的 IPv4 网段。</translation>
    </message>
    <message>
        <source>VPC peering is available on dedicated deployments only, not on free-trial or shared deployments.

Your VPC must be in the same region as the deployment: EMQX Cloud only creates peerings within one region.

Your VPC&apos;s CIDR block must not use EMQX Cloud&apos;s reserved addresses 10.10.0.0/24 ～ 10.32.255.0/24 (every address from 10.10.0.0 to 10.32.255.255), and must not overlap the deployment&apos;s CIDR block or the CIDR block of another peering of the deployment. Plan your VPC&apos;s addresses accordingly.

Peerings and rule-engine resources are bound to each other: create the peering first, then the resources that use it.</source>
        <translation>VPC 对等连接仅适用于专有版部署，免费试用和共享部署中不可用。

您的 VPC 必须与部署位于同一区域：EMQX Cloud 只支持同一区域创建对等连接。

您的 VPC 网段不能使用 EMQX Cloud 的保留地址 10.10.0.0/24 ～ 10.32.255.0/24（即 10.10.0.0 到 10.32.255.255 的所有地址），也不能与部署的网段或该部署其他对等连接的网段重叠。请合理规划您的 VPC 网段。

对等连接与规则引擎资源相互绑定：请先创建对等连接，再创建使用它的资源。</translation>
    </message>
    <message>
        <source>Cloud Enterprise Network introduction</source>
        <translation>云企业网产品介绍</translation>
    </message>
</context>
<context>
    <name>vpw::Model</name>
    <message>
        <source>deployment VPC</source>
        <translation>部署 VPC</translation>
    </message>
</context>
<context>
    <name>vpw::PeeringState</name>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Waiting for your side: finish the steps in your cloud provider&apos;s console.</source>
        <translation>等待您的操作：请在云服务商控制台中完成相应步骤。</translation>
    </message>
    <message>
        <source>The peering is active. Add the route and security group rules if you have not yet.</source>
        <translation>对等连接已生效。如尚未添加路由和安全组规则，请添加。</translation>
    </message>
    <message>
        <source>The peering could not be established. Its CIDR is free again; check the reason and create a new peering.</source>
        <translation>对等连接未能建立。其网段已释放；请查看原因并重新创建对等连接。</translation>
    </message>
    <message>
        <source>The peering is being deleted; it disappears when done.</source>
        <translation>对等连接正在删除，完成后将从列表中消失。</translation>
    </message>
    <message>
        <source>Waiting for EMQX Cloud to accept the peering request you created. Nothing more is needed from you now.</source>
        <translation>正在等待 EMQX Cloud 接受您创建的对等连接请求。您现在无需再做任何操作。</translation>
    </message>
</context>
<context>
    <name>vpw::Provider</name>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>华为云</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>专有版</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享版</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>免费试用</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>亚马逊云科技 (AWS)</translation>
    </message>
</context>
<context>
    <name>vpw::ProviderAccountRules</name>
    <message>
        <source>a space</source>
        <translation>一个空格</translation>
    </message>
    <message>
        <source>a line break or tab</source>
        <translation>一个换行符或制表符</translation>
    </message>
    <message>
        <source>an invisible control character</source>
        <translation>一个不可见的控制字符</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>请输入%1。</translation>
    </message>
    <message>
        <source>This is too long for a %1 (%2 characters). Copy only the key itself.</source>
        <translation>作为%1太长了（%2 个字符）。请只复制密钥本身。</translation>
    </message>
    <message>
        <source>A %1 contains only letters and digits; this one contains %2 at position %3. Copy only the key itself, without labels, spaces or quotes.</source>
        <translation>%1只包含字母和数字；此处第 %3 个字符是%2。请只复制密钥本身，不要带标签、空格或引号。</translation>
    </message>
    <message>
        <source>access key (AK)</source>
        <translation>访问密钥（AK）</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>secret key (SK)</source>
        <translation>私有访问密钥（SK）</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation>请为此账号输入名称。</translation>
    </message>
    <message>
        <source>Choose the cloud provider of the account.</source>
        <translation>请选择此账号所属的云服务商。</translation>
    </message>
    <message>
        <source>Alibaba Cloud AccessKey IDs usually start with &quot;LTAI&quot;. Check that this is the ID and not the secret.</source>
        <translation>阿里云 AccessKey ID 通常以“LTAI”开头。请确认这是 ID 而不是 Secret。</translation>
    </message>
    <message>
        <source>Alibaba Cloud AccessKey IDs are usually 16 to 30 characters long; this one has %1.</source>
        <translation>阿里云 AccessKey ID 通常为 16 到 30 个字符；此处为 %1 个。</translation>
    </message>
    <message>
        <source>Huawei Cloud access keys (AK) are usually 20 upper-case letters and digits; this one has %1 characters%2. Check that this is the AK and not the SK.</source>
        <translation>华为云访问密钥（AK）通常为 20 个大写字母和数字；此处为 %1 个字符%2。请确认这是 AK 而不是 SK。</translation>
    </message>
    <message>
        <source>, some of them lower case</source>
        <translation>，其中有小写字母</translation>
    </message>
    <message>
        <source>The %1 is the same as the %2. Copy the %1 from the key&apos;s download or creation dialog.</source>
        <translation>%1与%2相同。请从密钥的下载文件或创建对话框中复制%1。</translation>
    </message>
    <message>
        <source>Alibaba Cloud AccessKey secrets are usually 30 characters long; this one has %1.</source>
        <translation>阿里云 AccessKey Secret 通常为 30 个字符；此处为 %1 个。</translation>
    </message>
    <message>
        <source>Huawei Cloud secret keys (SK) are usually 40 characters long; this one has %1.</source>
        <translation>华为云私有访问密钥（SK）通常为 40 个字符；此处为 %1 个。</translation>
    </message>
    <message>
        <source>Enter at least one region ID, for example cn-hangzhou.</source>
        <translation>请至少输入一个地域 ID，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region ID. Region IDs look like cn-hangzhou or cn-north-4 (lower case, separated by commas).</source>
        <translation>“%1”不是地域 ID。地域 ID 形如 cn-hangzhou 或 cn-north-4（小写，多个时用逗号分隔）。</translation>
    </message>
    <message>
        <source>access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>access key secret</source>
        <translation>访问密钥 Secret</translation>
    </message>
</context>
<context>
    <name>vpw::Region</name>
    <message>
        <source>China (Hangzhou)</source>
        <translation>华东1（杭州）</translation>
    </message>
    <message>
        <source>China (Shanghai)</source>
        <translation>华东2（上海）</translation>
    </message>
    <message>
        <source>China (Beijing)</source>
        <translation>华北2（北京）</translation>
    </message>
    <message>
        <source>China (Shenzhen)</source>
        <translation>华南1（深圳）</translation>
    </message>
    <message>
        <source>China (Hong Kong)</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>US East (N. Virginia)</source>
        <translation>美国东部（弗吉尼亚北部）</translation>
    </message>
    <message>
        <source>US West (Oregon)</source>
        <translation>美国西部（俄勒冈）</translation>
    </message>
    <message>
        <source>Europe (Ireland)</source>
        <translation>欧洲（爱尔兰）</translation>
    </message>
    <message>
        <source>Europe (Frankfurt)</source>
        <translation>欧洲（法兰克福）</translation>
    </message>
    <message>
        <source>Asia Pacific (Singapore)</source>
        <translation>亚太地区（新加坡）</translation>
    </message>
    <message>
        <source>Asia Pacific (Tokyo)</source>
        <translation>亚太地区（东京）</translation>
    </message>
    <message>
        <source>CN North-Beijing4</source>
        <translation>华北-北京四</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>华东-上海一</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>华南-广州</translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation>中国-香港</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>亚太-新加坡</translation>
    </message>
</context>
<context>
    <name>vpw::SingleInstance</name>
    <message>
        <source>the running instance did not answer</source>
        <translation>正在运行的实例没有响应</translation>
    </message>
    <message>
        <source>the running instance gave an unexpected answer</source>
        <translation>正在运行的实例返回了意外的响应</translation>
    </message>
</context>
<context>
    <name>vpw::aliyun::Automation</name>
    <message>
        <source>Alibaba Cloud asked to slow down; reading again.</source>
        <translation>阿里云要求降低请求频率；正在重新读取。</translation>
    </message>
    <message>
        <source>Create a CEN instance</source>
        <translation>创建云企业网实例</translation>
    </message>
    <message>
        <source>Creates a Basic-edition CEN instance in your account (no charge).</source>
        <translation>在您的账号中创建一个基础版云企业网实例（不收费）。</translation>
    </message>
    <message>
        <source>The CEN instance created earlier is gone.</source>
        <translation>之前创建的云企业网实例已不存在。</translation>
    </message>
    <message>
        <source>Attach your VPC to the CEN</source>
        <translation>将您的 VPC 加载到云企业网</translation>
    </message>
    <message>
        <source>(the new CEN)</source>
        <translation>（新建的云企业网）</translation>
    </message>
    <message>
        <source>Attaches your VPC %1 to the CEN.</source>
        <translation>将您的 VPC %1 加载到云企业网。</translation>
    </message>
    <message>
        <source>The new CEN is still being created.</source>
        <translation>新的云企业网实例仍在创建中。</translation>
    </message>
    <message>
        <source>Attach the deployment&apos;s VPC to the CEN</source>
        <translation>将部署的 VPC 加载到云企业网</translation>
    </message>
    <message>
        <source>Attaches EMQX Cloud&apos;s VPC %1 (account %2) to your CEN, as soon as EMQX Cloud has granted it.</source>
        <translation>在 EMQX Cloud 完成授权后，立即将 EMQX Cloud 的 VPC %1（账号 %2）加载到您的云企业网。</translation>
    </message>
    <message>
        <source>EMQX Cloud&apos;s grant did not become visible within the attach window.</source>
        <translation>在加载时限内未看到 EMQX Cloud 的授权。</translation>
    </message>
    <message>
        <source>EMQX Cloud&apos;s grant is not visible yet.</source>
        <translation>尚未看到 EMQX Cloud 的授权。</translation>
    </message>
    <message>
        <source>Wait for both VPCs to be attached</source>
        <translation>等待两个 VPC 都加载完成</translation>
    </message>
    <message>
        <source>Nothing: reads the CEN&apos;s child instances.</source>
        <translation>不做更改：读取云企业网的网络实例。</translation>
    </message>
    <message>
        <source>Reading again.</source>
        <translation>正在重新读取。</translation>
    </message>
    <message>
        <source>Still attaching.</source>
        <translation>仍在加载中。</translation>
    </message>
    <message>
        <source>Allow TCP port %1 from the deployment</source>
        <translation>允许来自部署的 TCP 端口 %1</translation>
    </message>
    <message>
        <source>Adds an inbound rule to your security group %1.</source>
        <translation>向您的安全组 %1 添加一条入方向规则。</translation>
    </message>
    <message numerus="yes">
        <source>%n network instance(s)</source>
        <translation>
            <numerusform>%n 个网络实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Basic edition, %1</source>
        <translation>基础版，%1</translation>
    </message>
    <message>
        <source>Enterprise edition: the documented flow attaches through a Basic-edition CEN. Create a new CEN here, or use the guided flow.</source>
        <translation>企业版：文档所述流程通过基础版云企业网加载。请在此新建云企业网，或使用引导流程。</translation>
    </message>
</context>
<context>
    <name>vpw::aliyun::Cleanup</name>
    <message>
        <source>Delete the rule for TCP port %1</source>
        <translation>删除 TCP 端口 %1 的规则</translation>
    </message>
    <message>
        <source>Removes the inbound rule for TCP port %1 from %2 from your security group %3 (its ID is read first).</source>
        <translation>从您的安全组 %3 中删除来自 %2、TCP 端口 %1 的入方向规则（先读取其 ID）。</translation>
    </message>
    <message>
        <source>Detach the deployment&apos;s VPC from your CEN</source>
        <translation>将部署的 VPC 从您的云企业网卸载</translation>
    </message>
    <message>
        <source>Removes the deployment&apos;s VPC %1 from your CEN %2; your own VPC and the CEN stay.</source>
        <translation>从您的云企业网 %2 中移除部署的 VPC %1；您自己的 VPC 和云企业网会保留。</translation>
    </message>
</context>
<context>
    <name>vpw::aliyun::Client</name>
    <message>
        <source>Alibaba Cloud rejected the signature: the AccessKey secret is wrong. Enter the secret that belongs to this AccessKey ID.</source>
        <translation>阿里云拒绝了签名：AccessKey Secret 不正确。请输入与此 AccessKey ID 对应的 Secret。</translation>
    </message>
    <message>
        <source>Alibaba Cloud does not know this AccessKey ID. Check the ID, or create an AccessKey for the RAM user.</source>
        <translation>阿里云不认识此 AccessKey ID。请检查 ID，或为 RAM 用户创建 AccessKey。</translation>
    </message>
    <message>
        <source>This AccessKey is disabled in Alibaba Cloud. Enable it or use another one.</source>
        <translation>此 AccessKey 在阿里云中已被禁用。请启用它或改用其他 AccessKey。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused the request because this computer&apos;s clock is more than 15 minutes off. Correct the system time and try again.</source>
        <translation>阿里云拒绝了请求，因为本机时钟偏差超过 15 分钟。请校正系统时间后重试。</translation>
    </message>
    <message>
        <source>Alibaba Cloud saw this request twice and refused the repeat. Try again.</source>
        <translation>阿里云收到了两次相同的请求并拒绝了重复的一次。请重试。</translation>
    </message>
    <message>
        <source>Alibaba Cloud is limiting the request rate for this account. Wait a moment and try again.</source>
        <translation>阿里云正在限制此账号的请求频率。请稍候再试。</translation>
    </message>
    <message>
        <source>The RAM user of this AccessKey may not call %1. Add it to the user&apos;s policy (the policy file shipped with the application lists every action needed).</source>
        <translation>此 AccessKey 的 RAM 用户无权调用 %1。请将其加入该用户的权限策略（应用随附的策略文件列出了所需的全部操作）。</translation>
    </message>
    <message>
        <source>The RAM user of this AccessKey lacks a permission for this call. Attach the policy shipped with the application to the user.</source>
        <translation>此 AccessKey 的 RAM 用户缺少本次调用所需的权限。请为该用户授予应用随附的权限策略。</translation>
    </message>
    <message>
        <source>This CEN instance does not exist in the account.</source>
        <translation>该账号中不存在此云企业网实例。</translation>
    </message>
    <message>
        <source>This VPC does not exist in the account and region given, or it is not attached.</source>
        <translation>指定的账号和地域中不存在此 VPC，或它尚未加载。</translation>
    </message>
    <message>
        <source>This security group does not exist in the account and region.</source>
        <translation>该账号和地域中不存在此安全组。</translation>
    </message>
    <message>
        <source>The CEN instance is still being created. Wait until it is active.</source>
        <translation>云企业网实例仍在创建中。请等待其变为可用。</translation>
    </message>
    <message>
        <source>The EMQX deployment&apos;s VPC is not yet authorized for this CEN. EMQX grants it after you submit the CEN ID and account ID in the EMQX console; try again in a moment (within the 10-minute window).</source>
        <translation>EMQX 部署的 VPC 尚未授权给此云企业网。在 EMQX 控制台提交云企业网 ID 和账号 ID 后，EMQX 会进行授权；请稍后重试（须在 10 分钟时限内）。</translation>
    </message>
    <message>
        <source>This VPC is already attached to another CEN instance. Detach it there first.</source>
        <translation>此 VPC 已加载到另一个云企业网实例。请先在那里将其卸载。</translation>
    </message>
    <message>
        <source>This CEN instance uses an Enterprise Edition transit router in the VPC&apos;s region. EMQX Cloud&apos;s CEN peering attaches VPCs to a Basic Edition CEN only: use a CEN without an Enterprise Edition transit router in this region, or ask EMQX Cloud support how to connect an Enterprise Edition CEN.</source>
        <translation>该云企业网实例在此 VPC 所在地域使用企业版转发路由器。EMQX Cloud 的云企业网对等连接只能把 VPC 加载到基础版云企业网：请在此地域使用没有企业版转发路由器的云企业网实例，或向 EMQX Cloud 支持咨询如何连接企业版云企业网。</translation>
    </message>
    <message>
        <source>The owner of this VPC has not authorized its attachment to this CEN&apos;s Enterprise Edition transit router (GrantInstanceToTransitRouter).</source>
        <translation>此 VPC 的所有者尚未授权将其加载到该云企业网的企业版转发路由器（GrantInstanceToTransitRouter）。</translation>
    </message>
    <message>
        <source>The CEN instance or its transit router is not ready yet. Wait a moment and try again.</source>
        <translation>云企业网实例或其转发路由器尚未就绪。请稍候再试。</translation>
    </message>
</context>
<context>
    <name>vpw::aliyun::CloudSide</name>
    <message>
        <source>Could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Security-group rule for TCP port %1</source>
        <translation>TCP 端口 %1 的安全组规则</translation>
    </message>
    <message>
        <source>Cloud Enterprise Network</source>
        <translation>云企业网</translation>
    </message>
    <message>
        <source>Not known: which CEN was used is not recorded.</source>
        <translation>未知：未记录所用的云企业网。</translation>
    </message>
    <message>
        <source>Your VPC %1 in CEN %2</source>
        <translation>您的 VPC %1 在云企业网 %2 中</translation>
    </message>
    <message>
        <source>The deployment&apos;s VPC %1 in CEN %2</source>
        <translation>部署的 VPC %1 在云企业网 %2 中</translation>
    </message>
    <message>
        <source>Not attached (detached from the CEN).</source>
        <translation>未加载（已从云企业网卸载）。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Security-group rules</source>
        <translation>安全组规则</translation>
    </message>
    <message>
        <source>Not known: which security group and ports were used is not recorded.</source>
        <translation>未知：未记录所用的安全组和端口。</translation>
    </message>
    <message>
        <source>Present in security group %1.</source>
        <translation>存在于安全组 %1 中。</translation>
    </message>
    <message>
        <source>Missing from security group %1.</source>
        <translation>安全组 %1 中缺少此规则。</translation>
    </message>
</context>
<context>
    <name>vpw::aliyun::OutcomeProbe</name>
    <message>
        <source>Alibaba Cloud could not be asked: %1</source>
        <translation>无法查询阿里云：%1</translation>
    </message>
</context>
<context>
    <name>vpw::cloud::ApiError</name>
    <message>
        <source>The API endpoint of this profile is not usable. Edit the profile and enter a full https:// address.</source>
        <translation>此连接配置的 API 地址不可用。请编辑连接配置并填写完整的 https:// 地址。</translation>
    </message>
    <message>
        <source>Could not reach the peering API. Check your network connection and the endpoint of this profile, then try again.</source>
        <translation>无法连接对等连接 API。请检查网络连接和此连接配置的 API 地址，然后重试。</translation>
    </message>
    <message>
        <source>The peering API did not answer in time. Try again; if it keeps happening, check your network connection or the service status.</source>
        <translation>对等连接 API 未及时响应。请重试；如果反复出现，请检查网络连接或服务状态。</translation>
    </message>
    <message>
        <source>This endpoint must use https://. Plain http is only allowed for a server on this computer.</source>
        <translation>此地址必须使用 https://。只有本机上的服务器才允许使用普通 http。</translation>
    </message>
    <message>
        <source>The secure connection to the peering API could not be verified, so nothing was sent. Check the endpoint address and the system&apos;s certificates.</source>
        <translation>无法验证与对等连接 API 的安全连接，因此未发送任何内容。请检查 API 地址和系统证书。</translation>
    </message>
    <message>
        <source>The peering API sent an unexpectedly large answer, so it was not read. Check that the endpoint is the peering API.</source>
        <translation>对等连接 API 返回的应答过大，因此未读取。请确认该地址确实是对等连接 API。</translation>
    </message>
    <message>
        <source>The answer of the peering API was cut off. Try again.</source>
        <translation>对等连接 API 的应答不完整。请重试。</translation>
    </message>
    <message>
        <source>The answer of the peering API could not be understood (%1). Check that the endpoint is the peering API and that the app is up to date.</source>
        <translation>无法理解对等连接 API 的应答（%1）。请确认该地址是对等连接 API，且本应用为最新版本。</translation>
    </message>
    <message>
        <source>The API key or secret was rejected. Check the credentials of this profile.</source>
        <translation>API 密钥或 API Secret 被拒绝。请检查此连接配置的凭证。</translation>
    </message>
    <message>
        <source>VPC peering is not available for shared or free-trial deployments. Use a dedicated deployment.</source>
        <translation>共享部署和免费试用部署不支持 VPC 对等连接。请使用专有版部署。</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that. Check the key&apos;s permissions.</source>
        <translation>此 API 密钥无权执行该操作。请检查密钥的权限。</translation>
    </message>
    <message>
        <source>The VPC CIDR is inside EMQX Cloud&apos;s reserved range. Choose a CIDR outside it.</source>
        <translation>VPC 网段位于 EMQX Cloud 的保留范围内。请选择保留范围以外的网段。</translation>
    </message>
    <message>
        <source>The VPC CIDR overlaps the deployment&apos;s CIDR or the CIDR of another peering. Choose a CIDR that does not overlap.</source>
        <translation>VPC 网段与部署网段或其他对等连接的网段重叠。请选择不重叠的网段。</translation>
    </message>
    <message>
        <source>The VPC must be in the same region as the deployment. Choose a VPC in the deployment&apos;s region.</source>
        <translation>VPC 必须与部署位于同一区域。请选择部署所在区域的 VPC。</translation>
    </message>
    <message>
        <source>This deployment already has a peering with this peering ID. Check the peering list before creating another.</source>
        <translation>此部署已有使用该对等连接 ID 的对等连接。创建新的对等连接前请先查看对等连接列表。</translation>
    </message>
    <message>
        <source>The request was changed after it was first sent. Submit it again as a new request.</source>
        <translation>该请求在首次发送后被修改过。请作为新请求重新提交。</translation>
    </message>
    <message>
        <source>Only a running peering can be deleted. Wait until it is running.</source>
        <translation>只能删除状态为运行中（running）的对等连接。请等待其进入运行中状态。</translation>
    </message>
    <message>
        <source>Rule-engine resources are still bound to this peering (%1). Delete them first, or force the deletion.</source>
        <translation>此对等连接仍绑定了规则引擎资源（%1）。请先删除这些资源，或强制删除。</translation>
    </message>
    <message>
        <source>The server rejected the value of &quot;%1&quot;. Correct it and submit again.</source>
        <translation>服务器拒绝了“%1”的值。请更正后重新提交。</translation>
    </message>
    <message>
        <source>The deployment or peering was not found; it may have been deleted. Refresh the list.</source>
        <translation>未找到该部署或对等连接，可能已被删除。请刷新列表。</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to the peering API. Try again in %n second(s).</source>
        <translation>
            <numerusform>对等连接 API 请求过多。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests to the peering API. Wait a moment and try again.</source>
        <translation>对等连接 API 请求过多。请稍候再试。</translation>
    </message>
    <message>
        <source>The peering API had an internal problem (HTTP %1). Try again later.</source>
        <translation>对等连接 API 发生内部错误（HTTP %1）。请稍后重试。</translation>
    </message>
    <message>
        <source>The peering API refused the request as malformed (HTTP %1). This is a bug in the app: please report it.</source>
        <translation>对等连接 API 认为请求格式有误并拒绝（HTTP %1）。这是本应用的缺陷，请报告此问题。</translation>
    </message>
    <message>
        <source>The peering API answered with an unexpected status (HTTP %1).</source>
        <translation>对等连接 API 返回了意外的状态（HTTP %1）。</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to the peering API. Try again in %n minute(s).</source>
        <translation>
            <numerusform>对等连接 API 请求过多。请在 %n 分钟后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to the peering API. Try again in %n hour(s).</source>
        <translation>
            <numerusform>对等连接 API 请求过多。请在 %n 小时后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to the peering API. Try again in %n day(s).</source>
        <translation>
            <numerusform>对等连接 API 请求过多。请在 %n 天后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vpw::cloud::ProviderError</name>
    <message>
        <source>The cloud provider&apos;s API could not be reached. Check the network connection and the endpoint.</source>
        <translation>无法连接云服务商的 API。请检查网络连接和接入地址。</translation>
    </message>
    <message>
        <source>The cloud provider&apos;s API did not answer in time. Try again later.</source>
        <translation>云服务商的 API 未能及时响应。请稍后重试。</translation>
    </message>
    <message>
        <source>The cloud provider refused the request (%1). Its message is shown below.</source>
        <translation>云服务商拒绝了请求（%1）。其返回的消息显示在下方。</translation>
    </message>
    <message>
        <source>The cloud provider&apos;s answer could not be read.</source>
        <translation>无法读取云服务商的响应。</translation>
    </message>
    <message>
        <source>The secure connection to the cloud provider could not be established; nothing was sent.</source>
        <translation>无法与云服务商建立安全连接；未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>vpw::huawei::Automation</name>
    <message>
        <source>Read your user ID</source>
        <translation>读取您的用户 ID</translation>
    </message>
    <message>
        <source>Nothing: reads the user ID EMQX Cloud needs.</source>
        <translation>不做更改：读取 EMQX Cloud 所需的用户 ID。</translation>
    </message>
    <message>
        <source>Create the VPC peering request</source>
        <translation>创建 VPC 对等连接请求</translation>
    </message>
    <message>
        <source>Creates a peering request from your VPC %1 to EMQX Cloud&apos;s VPC.</source>
        <translation>从您的 VPC %1 向 EMQX Cloud 的 VPC 创建对等连接请求。</translation>
    </message>
    <message>
        <source>Wait for EMQX Cloud to accept the peering</source>
        <translation>等待 EMQX Cloud 接受对等连接</translation>
    </message>
    <message>
        <source>Nothing: reads the peering&apos;s status.</source>
        <translation>不做更改：读取对等连接的状态。</translation>
    </message>
    <message>
        <source>EMQX Cloud did not accept the peering request in time.</source>
        <translation>EMQX Cloud 未在时限内接受对等连接请求。</translation>
    </message>
    <message>
        <source>Reading again.</source>
        <translation>正在重新读取。</translation>
    </message>
    <message>
        <source>Waiting for acceptance.</source>
        <translation>正在等待接受。</translation>
    </message>
    <message>
        <source>The peering request was not accepted (%1). Delete it and start again.</source>
        <translation>对等连接请求未被接受（%1）。请删除后重新开始。</translation>
    </message>
    <message>
        <source>Add the route to the deployment</source>
        <translation>添加指向部署的路由</translation>
    </message>
    <message>
        <source>(the peering)</source>
        <translation>（该对等连接）</translation>
    </message>
    <message>
        <source>Adds a route to %1 through the peering to your route table %2.</source>
        <translation>在您的路由表 %2 中添加一条经该对等连接到 %1 的路由。</translation>
    </message>
    <message>
        <source>Allow TCP port %1 from the deployment</source>
        <translation>允许来自部署的 TCP 端口 %1</translation>
    </message>
    <message>
        <source>Adds an inbound rule to your security group %1.</source>
        <translation>向您的安全组 %1 添加一条入方向规则。</translation>
    </message>
    <message>
        <source>(your user ID)</source>
        <translation>（您的用户 ID）</translation>
    </message>
    <message>
        <source>default route table</source>
        <translation>默认路由表</translation>
    </message>
</context>
<context>
    <name>vpw::huawei::Cleanup</name>
    <message>
        <source>Delete the route to the deployment</source>
        <translation>删除通往部署的路由</translation>
    </message>
    <message>
        <source>Removes the route to %1 through the peering from your route table %2.</source>
        <translation>从您的路由表 %2 中删除经由对等连接通往 %1 的路由。</translation>
    </message>
    <message>
        <source>Delete the rule for TCP port %1</source>
        <translation>删除 TCP 端口 %1 的规则</translation>
    </message>
    <message>
        <source>Removes the inbound rule for TCP port %1 from %2 from your security group %3 (its ID is read first).</source>
        <translation>从您的安全组 %3 中删除来自 %2、TCP 端口 %1 的入方向规则（先读取其 ID）。</translation>
    </message>
</context>
<context>
    <name>vpw::huawei::Client</name>
    <message>
        <source>Huawei Cloud does not know this access key (AK). Check the AK, or create one under My Credentials.</source>
        <translation>华为云不认识此访问密钥（AK）。请检查 AK，或在“我的凭证”中创建一个。</translation>
    </message>
    <message>
        <source>Huawei Cloud rejected the signature: the secret key (SK) is wrong. Enter the SK that belongs to this AK. After five failures in a row Huawei Cloud locks the key for 5 minutes.</source>
        <translation>华为云拒绝了签名：私有访问密钥（SK）不正确。请输入与此 AK 对应的 SK。连续失败五次后，华为云会将该密钥锁定 5 分钟。</translation>
    </message>
    <message>
        <source>Huawei Cloud refused the request because this computer&apos;s clock is more than 15 minutes off. Correct the system time and try again.</source>
        <translation>华为云拒绝了请求，因为本机时钟偏差超过 15 分钟。请校正系统时间后重试。</translation>
    </message>
    <message>
        <source>Huawei Cloud is limiting the request rate for this account. Wait a moment and try again.</source>
        <translation>华为云正在限制此账号的请求频率。请稍候再试。</translation>
    </message>
    <message>
        <source>This VPC does not exist in the project.</source>
        <translation>该项目中不存在此 VPC。</translation>
    </message>
    <message>
        <source>This VPC is not active yet. Wait until its status is OK.</source>
        <translation>此 VPC 尚未就绪。请等待其状态变为 OK。</translation>
    </message>
    <message>
        <source>The project ID does not match the key&apos;s project. Check the project ID of the region in My Credentials.</source>
        <translation>项目 ID 与密钥所属项目不一致。请在“我的凭证”中核对该地域的项目 ID。</translation>
    </message>
    <message>
        <source>The IAM user of this key may not call %1. Add it to the user&apos;s policy (the policy file shipped with the application lists every action needed).</source>
        <translation>此密钥的 IAM 用户无权调用 %1。请将其加入该用户的权限策略（应用随附的策略文件列出了所需的全部操作）。</translation>
    </message>
    <message>
        <source>The IAM user of this key lacks a permission for this call. Attach the policy shipped with the application to the user.</source>
        <translation>此密钥的 IAM 用户缺少本次调用所需的权限。请为该用户授予应用随附的权限策略。</translation>
    </message>
    <message>
        <source>The Huawei Cloud account is frozen or in arrears; its resources cannot be changed.</source>
        <translation>该华为云账号已冻结或欠费；无法修改其资源。</translation>
    </message>
</context>
<context>
    <name>vpw::huawei::CloudSide</name>
    <message>
        <source>Could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Route to %1 through the peering</source>
        <translation>经对等连接到 %1 的路由</translation>
    </message>
    <message>
        <source>Security-group rule for TCP port %1</source>
        <translation>TCP 端口 %1 的安全组规则</translation>
    </message>
    <message>
        <source>Peering request</source>
        <translation>对等连接请求</translation>
    </message>
    <message>
        <source>Peering request %1</source>
        <translation>对等连接请求 %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Not known: which route table was used is not recorded.</source>
        <translation>未知：未记录所用的路由表。</translation>
    </message>
    <message>
        <source>Present in route table %1.</source>
        <translation>存在于路由表 %1 中。</translation>
    </message>
    <message>
        <source>Missing from route table %1.</source>
        <translation>路由表 %1 中缺少此路由。</translation>
    </message>
    <message>
        <source>Security-group rules</source>
        <translation>安全组规则</translation>
    </message>
    <message>
        <source>Not known: which security group and ports were used is not recorded.</source>
        <translation>未知：未记录所用的安全组和端口。</translation>
    </message>
    <message>
        <source>Present in security group %1.</source>
        <translation>存在于安全组 %1 中。</translation>
    </message>
    <message>
        <source>Missing from security group %1.</source>
        <translation>安全组 %1 中缺少此规则。</translation>
    </message>
</context>
<context>
    <name>vpw::huawei::OutcomeProbe</name>
    <message>
        <source>Huawei Cloud lists no project for region %1.</source>
        <translation>华为云在地域 %1 中没有项目。</translation>
    </message>
    <message>
        <source>Huawei Cloud could not be asked: %1</source>
        <translation>无法查询华为云：%1</translation>
    </message>
</context>
<context>
    <name>vpw::secrets::ProfileStore</name>
    <message>
        <source>Sandbox — local demo</source>
        <translation>沙箱 — 本地演示</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入连接配置名称。</translation>
    </message>
    <message>
        <source>Enter the API key of this endpoint.</source>
        <translation>请输入此地址的 API 密钥。</translation>
    </message>
    <message>
        <source>The demo profile is built in and cannot be changed. Add a profile for your own endpoint instead.</source>
        <translation>演示连接配置为内置连接配置，无法修改。请为您自己的地址添加一个连接配置。</translation>
    </message>
    <message>
        <source>This profile no longer exists. Add it again.</source>
        <translation>此连接配置已不存在。请重新添加。</translation>
    </message>
    <message>
        <source>The demo profile is built in and cannot be removed.</source>
        <translation>演示连接配置为内置连接配置，无法删除。</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>此连接配置已不存在。</translation>
    </message>
</context>
<context>
    <name>vpw::secrets::ProviderAccountStore</name>
    <message>
        <source>Choose the cloud provider of the account.</source>
        <translation>请选择此账号所属的云服务商。</translation>
    </message>
    <message>
        <source>This account no longer exists. Add it again.</source>
        <translation>此账号已不存在。请重新添加。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>此账号已不存在。</translation>
    </message>
</context>
<context>
    <name>vpw::secrets::SecretError</name>
    <message>
        <source>No keychain available. Install and start a Secret Service keychain such as GNOME Keyring or KWallet, or keep the API secret in memory for this session only.</source>
        <translation>没有可用的密钥环。请安装并启动 GNOME Keyring 或 KWallet 等 Secret Service 密钥环，或仅在本次会话中将 API Secret 保存在内存中。</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow VPC Peering Wizard to use the keychain and try again.</source>
        <translation>访问密钥环被拒绝。请允许 VPC 对等连接向导使用密钥环后重试。</translation>
    </message>
    <message>
        <source>The keychain denied access. Unlock the keychain (for example by logging in again) and try again.</source>
        <translation>密钥环拒绝访问。请解锁密钥环（例如重新登录）后重试。</translation>
    </message>
    <message>
        <source>The API secret could not be deleted from the keychain. Unlock the keychain and try again.</source>
        <translation>无法从密钥环中删除 API Secret。请解锁密钥环后重试。</translation>
    </message>
    <message>
        <source>This keychain does not support storing secrets for this app. Use another keychain or keep the secret in memory for this session only.</source>
        <translation>此密钥环不支持为本应用保存密钥。请使用其他密钥环，或仅在本次会话中将密钥保存在内存中。</translation>
    </message>
    <message>
        <source>The keychain could not be used. Check that a keychain such as GNOME Keyring or KWallet is running and unlocked, or keep the API secret in memory for this session only.</source>
        <translation>无法使用密钥环。请确认 GNOME Keyring 或 KWallet 等密钥环正在运行且已解锁，或仅在本次会话中将 API Secret 保存在内存中。</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). Check that it is running and unlocked, or keep the secret in memory for this session only.</source>
        <translation>
            <numerusform>密钥环在 %n 秒内没有响应。请确认它正在运行且已解锁，或仅在本次会话中将密钥保存在内存中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vpw::session::ApplyPlan</name>
    <message>
        <source>Submit the peering to EMQX Cloud</source>
        <translation>向 EMQX Cloud 提交对等连接</translation>
    </message>
    <message>
        <source>Creates the peering record of the deployment in EMQX Cloud; its window opens.</source>
        <translation>在 EMQX Cloud 中为该部署创建对等连接记录；其时限开始计时。</translation>
    </message>
    <message>
        <source>Not connected to EMQX Cloud. Retry when connected.</source>
        <translation>未连接到 EMQX Cloud。连接后请重试。</translation>
    </message>
    <message>
        <source>Wait for the peering to be running</source>
        <translation>等待对等连接进入运行中（running）状态</translation>
    </message>
    <message>
        <source>Nothing: reads the peering&apos;s state in EMQX Cloud.</source>
        <translation>不做更改：读取对等连接在 EMQX Cloud 中的状态。</translation>
    </message>
    <message>
        <source>The peering did not reach running in time.</source>
        <translation>对等连接未在时限内进入运行中（running）状态。</translation>
    </message>
    <message>
        <source>EMQX Cloud failed the peering. Delete it and start again.</source>
        <translation>EMQX Cloud 将该对等连接置为失败。请删除后重新开始。</translation>
    </message>
    <message>
        <source>The peering is still pending.</source>
        <translation>对等连接仍处于等待中。</translation>
    </message>
</context>
<context>
    <name>vpw::session::ConnectionStatus</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected. Last refreshed at %1.</source>
        <translation>已连接。上次刷新于 %1。</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <source>The service cannot be reached since %1.</source>
        <translation>自 %1 起无法访问服务。</translation>
    </message>
    <message>
        <source>The service cannot be reached.</source>
        <translation>无法访问服务。</translation>
    </message>
    <message>
        <source>Showing the data of %1.</source>
        <translation>当前显示的是 %1 的数据。</translation>
    </message>
    <message>
        <source>The service asked to slow down; refreshing resumes at %1.</source>
        <translation>服务要求降低请求频率，将于 %1 恢复刷新。</translation>
    </message>
    <message>
        <source>The API key or secret was rejected. Check the credentials of this profile.</source>
        <translation>API 密钥或 API Secret 被拒绝。请检查此连接配置的凭证。</translation>
    </message>
    <message>
        <source>No API secret is stored for this profile. Enter it in the profile settings.</source>
        <translation>此连接配置尚未保存 API Secret。请在连接配置中填写。</translation>
    </message>
    <message>
        <source>The endpoint of this profile is not usable.</source>
        <translation>此连接配置的 API 地址不可用。</translation>
    </message>
    <message>
        <source>The keychain could not be read.</source>
        <translation>无法读取系统密钥环。</translation>
    </message>
</context>
<context>
    <name>vpw::session::ConsolePeeringStore</name>
    <message>
        <source>The peerings file cannot be read: %1</source>
        <translation>无法读取对等连接文件：%1</translation>
    </message>
    <message>
        <source>The peerings file is not a file of this application: %1</source>
        <translation>对等连接文件不是本应用的文件：%1</translation>
    </message>
    <message>
        <source>The peerings cannot be saved: %1</source>
        <translation>无法保存对等连接：%1</translation>
    </message>
</context>
<context>
    <name>vpw::session::ConsoleSteps</name>
    <message>
        <source>Do this in the EMQX Cloud console: create the peering</source>
        <translation>请在 EMQX Cloud 控制台中操作：创建对等连接</translation>
    </message>
    <message>
        <source>You create the peering in EMQX Cloud&apos;s console (+ VPC Peering), then choose Done; the application records it and its window starts then.</source>
        <translation>由您在 EMQX Cloud 控制台中创建对等连接（+ VPC 对等连接），然后选择“完成”；应用程序随即记录该对等连接，时间窗口也从那时开始。</translation>
    </message>
    <message>
        <source>In EMQX Cloud&apos;s console: deployment &quot;%1&quot;, + VPC Peering</source>
        <translation>在 EMQX Cloud 控制台中：部署“%1”，+ VPC 对等连接</translation>
    </message>
    <message>
        <source>1. Open the EMQX Cloud console and the deployment &quot;%1&quot;.
2. Click + VPC Peering.
3. Enter the values below, exactly as shown (use the copy buttons).
4. Click Confirm in EMQX&apos;s console, then Done here.</source>
        <translation>1. 打开 EMQX Cloud 控制台和部署“%1”。
2. 点击 + VPC 对等连接。
3. 按原样输入下面的值（使用复制按钮）。
4. 在 EMQX 控制台中点击“确认”，然后在这里点击“完成”。</translation>
    </message>
    <message>
        <source>This profile keeps no console peerings. Retry from the profile you started with.</source>
        <translation>此连接配置不保存控制台对等连接。请切换回开始时使用的连接配置后重试。</translation>
    </message>
    <message>
        <source>Waiting for you: do this in the EMQX Cloud console, then choose Done.</source>
        <translation>等待您的操作：请在 EMQX Cloud 控制台中完成此步骤，然后选择“完成”。</translation>
    </message>
    <message>
        <source>The peering could not be recorded.</source>
        <translation>无法记录该对等连接。</translation>
    </message>
    <message>
        <source>Record the outcome seen on your side</source>
        <translation>记录在您这一侧看到的结果</translation>
    </message>
    <message>
        <source>Nothing in the clouds: the peering kept by the application becomes running, as your account shows it.</source>
        <translation>不更改云上的任何内容：按照您账号中显示的状态，将应用程序保存的对等连接标记为运行中。</translation>
    </message>
    <message>
        <source>The application keeps no such peering.</source>
        <translation>应用程序没有保存此对等连接。</translation>
    </message>
    <message>
        <source>The peering failed or was marked removed. Delete it in EMQX Cloud&apos;s console and start again.</source>
        <translation>该对等连接已失败或已标记为移除。请在 EMQX Cloud 控制台中删除它，然后重新开始。</translation>
    </message>
    <message>
        <source>Do it for me stopped at &quot;%1&quot; and you gave up: %2</source>
        <translation>“代我完成”在“%1”处停止，您已放弃：%2</translation>
    </message>
</context>
<context>
    <name>vpw::session::DeploymentModel</name>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation>VPC ID</translation>
    </message>
    <message>
        <source>VPC CIDR</source>
        <translation>VPC 网段</translation>
    </message>
    <message>
        <source>VPC peering</source>
        <translation>VPC 对等连接</translation>
    </message>
    <message>
        <source>Not available on shared deployments</source>
        <translation>共享部署不可用</translation>
    </message>
    <message>
        <source>Not available on free-trial deployments</source>
        <translation>免费试用部署不可用</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>云服务商</translation>
    </message>
</context>
<context>
    <name>vpw::session::DoItForMe</name>
    <message>
        <source>This deployment&apos;s cloud-side steps cannot be done by the application.</source>
        <translation>本应用无法代为完成此部署的云端步骤。</translation>
    </message>
    <message>
        <source>No AccessKey secret is stored for this account. Add it under Provider accounts.</source>
        <translation>此账号未保存 AccessKey Secret。请在“云服务商账号”中添加。</translation>
    </message>
    <message>
        <source>Its CIDR block %1 cannot be read.</source>
        <translation>无法读取其网段 %1。</translation>
    </message>
    <message>
        <source>Its CIDR block %1 is inside EMQX Cloud&apos;s reserved range.</source>
        <translation>其网段 %1 位于 EMQX Cloud 的保留范围内。</translation>
    </message>
    <message>
        <source>Its CIDR block %1 overlaps %2.</source>
        <translation>其网段 %1 与 %2 重叠。</translation>
    </message>
    <message>
        <source>Choose your VPC.</source>
        <translation>请选择您的 VPC。</translation>
    </message>
    <message>
        <source>Your VPC is attached to the CEN %1 already; a VPC belongs to one CEN only. Choose that CEN.</source>
        <translation>您的 VPC 已加载到云企业网 %1；一个 VPC 只能属于一个云企业网。请选择该云企业网。</translation>
    </message>
    <message>
        <source>Choose the security group of the instances that use MQTT.</source>
        <translation>请选择使用 MQTT 的实例所在的安全组。</translation>
    </message>
    <message>
        <source>Choose the route table of your VPC.</source>
        <translation>请选择您的 VPC 的路由表。</translation>
    </message>
    <message>
        <source>Tick at least one port to open.</source>
        <translation>请至少勾选一个要开放的端口。</translation>
    </message>
</context>
<context>
    <name>vpw::session::ManualDeployment</name>
    <message>
        <source>Enter the deployment&apos;s name as EMQX Cloud shows it.</source>
        <translation>请输入 EMQX Cloud 中显示的部署名称。</translation>
    </message>
    <message>
        <source>The name contains a control character. Type it again.</source>
        <translation>名称中含有控制字符。请重新输入。</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>名称超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the deployment&apos;s cloud provider.</source>
        <translation>请选择部署所在的云服务商。</translation>
    </message>
    <message>
        <source>Unknown cloud provider. Choose one of: %1.</source>
        <translation>未知的云服务商。请从以下选项中选择：%1。</translation>
    </message>
    <message>
        <source>Choose the cloud provider first: the format depends on it.</source>
        <translation>请先选择云服务商：格式取决于云服务商。</translation>
    </message>
    <message>
        <source>%1 does not document the region %2. Check it in the EMQX Cloud console.</source>
        <translation>%1 的文档中没有地域 %2。请在 EMQX Cloud 控制台中核对。</translation>
    </message>
    <message>
        <source>Unknown edition. Choose dedicated, shared or free trial.</source>
        <translation>未知的版本。请选择专有版、共享版或免费试用。</translation>
    </message>
    <message>
        <source>VPC peering is available on dedicated deployments only, not on free-trial or shared deployments.</source>
        <translation>VPC 对等连接仅适用于专有版部署，该功能在免费试用和共享部署中不可用。</translation>
    </message>
    <message>
        <source>Deployment name</source>
        <translation>部署名称</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Deployment VPC ID</source>
        <translation>部署 VPC ID</translation>
    </message>
    <message>
        <source>Deployment CIDR block</source>
        <translation>部署 VPC 网段</translation>
    </message>
    <message>
        <source>EMQX Cloud account ID</source>
        <translation>EMQX Cloud 账号 ID</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>vpw::session::ManualDeploymentStore</name>
    <message>
        <source>The deployments file cannot be read: %1</source>
        <translation>无法读取部署文件：%1</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1</source>
        <translation>这不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>This is not a file of deployments exported by this application.</source>
        <translation>这不是本应用导出的部署文件。</translation>
    </message>
    <message>
        <source>This file was written by a newer version of the application.</source>
        <translation>此文件由更新版本的应用写入。</translation>
    </message>
    <message>
        <source>Deployment %1 is not an object.</source>
        <translation>第 %1 个部署不是对象。</translation>
    </message>
    <message>
        <source>Deployment %1: %2 must be text.</source>
        <translation>第 %1 个部署：%2 必须是文本。</translation>
    </message>
    <message>
        <source>Deployment %1, %2: %3</source>
        <translation>第 %1 个部署，%2：%3</translation>
    </message>
    <message>
        <source>The deployments cannot be saved: %1</source>
        <translation>无法保存部署：%1</translation>
    </message>
</context>
<context>
    <name>vpw::session::PeeringEvent</name>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A peering&apos;s state change, e.g. &quot;Pending → Running&quot;.</extracomment>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>vpw::session::PeeringModel</name>
    <message>
        <source>Peering ID</source>
        <translation>对等连接 ID</translation>
    </message>
    <message>
        <source>Your VPC ID</source>
        <translation>您的 VPC ID</translation>
    </message>
    <message>
        <source>Your VPC CIDR</source>
        <translation>您的 VPC 网段</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>云服务商</translation>
    </message>
</context>
<context>
    <name>vpw::session::ProviderAccountTest</name>
    <message>
        <source>The %1 is wrong: %2 does not know it.</source>
        <translation>%1不正确：%2不认识它。</translation>
    </message>
    <message>
        <source>The %1 is wrong: %2 knows the %3, but the signature made with this secret does not match.</source>
        <translation>%1不正确：%2认识该%3，但用此密钥生成的签名不匹配。</translation>
    </message>
    <message>
        <source>The key may be right, but this computer&apos;s clock is wrong: %1 refused the request as more than 15 minutes off.</source>
        <translation>密钥可能是正确的，但本机时钟有误：%1以偏差超过 15 分钟为由拒绝了请求。</translation>
    </message>
    <message>
        <source>The key works, but it may not make this call. Attach the required policy to its user (&quot;Show required policy…&quot;).</source>
        <translation>密钥有效，但无权进行此调用。请为其用户授予所需的权限策略（“显示所需策略…”）。</translation>
    </message>
    <message>
        <source>%1 is limiting the request rate. Wait a moment and test again.</source>
        <translation>%1正在限制请求频率。请稍候再测试。</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the network and the endpoint override.</source>
        <translation>无法连接%1。请检查网络和自定义端点。</translation>
    </message>
    <message>
        <source>%1 refused the test call.</source>
        <translation>%1拒绝了测试调用。</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>No %1 is stored for this account. Enter it and test again.</source>
        <translation>此账号未保存%1。请输入后再测试。</translation>
    </message>
    <message>
        <source>Enter the %1 to test the key.</source>
        <translation>请输入%1以测试密钥。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>未发送任何请求：%1</translation>
    </message>
    <message numerus="yes">
        <source>The key works: Alibaba Cloud answered DescribeVpcs in %1 (%n VPC(s)).</source>
        <translation>
            <numerusform>密钥有效：阿里云在 %1 响应了 DescribeVpcs（%n 个 VPC）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The key works: Huawei Cloud knows it as the key of user %1 (status %2).</source>
        <translation>密钥有效：华为云识别它为用户 %1 的密钥（状态 %2）。</translation>
    </message>
    <message>
        <source>In the RAM console: Permissions → Policies → Create Policy → JSON. Paste the policy, save it, then attach it to the RAM user of the AccessKey.</source>
        <translation>在 RAM 访问控制控制台：权限管理 → 权限策略 → 创建权限策略 → 脚本编辑。粘贴此策略并保存，然后将其授予该 AccessKey 所属的 RAM 用户。</translation>
    </message>
    <message>
        <source>In the IAM console: Permissions → Policies/Roles → Create Custom Policy, scope &quot;Project-level services&quot;, JSON view. Paste the policy, save it, then grant it to the IAM user of the access key in the region&apos;s project.</source>
        <translation>在统一身份认证（IAM）控制台：权限管理 → 权限 → 创建自定义策略，作用范围选“项目级服务”，使用 JSON 视图。粘贴此策略并保存，然后在该地域的项目中将其授予此访问密钥所属的 IAM 用户。</translation>
    </message>
</context>
<context>
    <name>vpw::session::SideCleanup</name>
    <message>
        <source>No AccessKey secret is stored for this account. Add it under Provider accounts.</source>
        <translation>此账号未保存 AccessKey Secret。请在“云服务商账号”中添加。</translation>
    </message>
</context>
<context>
    <name>vpw::ui::AboutDialog</name>
    <message>
        <source>About VPC Peering Wizard</source>
        <translation>关于 VPC 对等连接向导</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>许可证(&amp;L)</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>第三方声明</translation>
    </message>
    <message>
        <source>&amp;Third-party notices</source>
        <translation>第三方声明(&amp;T)</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>应用图标</translation>
    </message>
    <message>
        <source>VPC Peering Wizard</source>
        <translation>VPC 对等连接向导</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>构建时使用 Qt %1，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>Copyright © 2026 VPC Peering Wizard developers.</source>
        <translation>版权所有 © 2026 VPC 对等连接向导开发者。</translation>
    </message>
    <message>
        <source>This program is free software under the GNU General Public License, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY. See the Licence and Third-party notices pages.</source>
        <translation>本程序是自由软件，依据 GNU 通用公共许可证第 3 版或（由您选择）任何更新版本发布。本程序不提供任何担保。详见“许可证”和“第三方声明”页。</translation>
    </message>
    <message>
        <source>&amp;About VPC Peering Wizard</source>
        <translation>关于 VPC 对等连接向导(&amp;A)</translation>
    </message>
    <message>
        <source>Connects an EMQX Cloud deployment to your own VPC (%1): guided setup, live checks of every ID and CIDR, and the state of every peering.</source>
        <translation>将 EMQX Cloud 部署连接到您自己的 VPC（%1）：分步引导配置，实时校验每个 ID 和网段，并显示每个对等连接的状态。</translation>
    </message>
</context>
<context>
    <name>vpw::ui::ApplyPage</name>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>already there — skipped</source>
        <translation>已存在 — 已跳过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source> (code %1</source>
        <translation>（代码 %1</translation>
    </message>
    <message>
        <source>, request ID %1)</source>
        <translation>，请求 ID %1）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>The calls are made one by one. You can close this window: the next time, the steps done stay done.</source>
        <translation>调用将逐个执行。您可以关闭此窗口：下次打开时，已完成的步骤仍保持完成。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>&amp;Retry step</source>
        <translation>重试此步骤(&amp;R)</translation>
    </message>
    <message>
        <source>Continue by &amp;hand</source>
        <translation>手动继续(&amp;H)</translation>
    </message>
    <message>
        <source>%1 — %2 Next try in %3.</source>
        <translation>%1 — %2 %3后重试。</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <translation>第 %1 步失败：%2</translation>
    </message>
    <message>
        <source>Done: the peering is running and the rules are in place.</source>
        <translation>完成：对等连接已运行，规则已就位。</translation>
    </message>
    <message>
        <source>waiting for you — do it in the EMQX Cloud console, then choose Done</source>
        <translation>等待您的操作 — 请在 EMQX Cloud 控制台中完成，然后选择“完成”</translation>
    </message>
</context>
<context>
    <name>vpw::ui::ChooseDeploymentPage</name>
    <message>
        <source>Choose a deployment</source>
        <translation>选择部署</translation>
    </message>
    <message>
        <source>&amp;Deployment to connect to your VPC:</source>
        <translation>要连接到您 VPC 的部署(&amp;D)：</translation>
    </message>
    <message>
        <source>Deployment to connect to your VPC:</source>
        <translation>要连接到您 VPC 的部署：</translation>
    </message>
    <message>
        <source>VPC peering is available on dedicated deployments only; shared and free-trial deployments are listed but cannot be chosen.</source>
        <translation>VPC 对等连接仅适用于专有版部署；共享部署和免费试用部署会列出，但无法选择。</translation>
    </message>
</context>
<context>
    <name>vpw::ui::ChooseHowPage</name>
    <message>
        <source>Choose how</source>
        <translation>选择方式</translation>
    </message>
    <message>
        <source>The application can make the calls in your cloud account for you, or guide you through the consoles.</source>
        <translation>本应用可以代您在云账号中执行这些调用，也可以引导您在控制台中操作。</translation>
    </message>
    <message>
        <source>&amp;Do the cloud-side steps for me</source>
        <translation>代我完成云端步骤(&amp;D)</translation>
    </message>
    <message>
        <source>Provider &amp;account:</source>
        <translation>云服务商账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Provider account</source>
        <translation>云服务商账号</translation>
    </message>
    <message>
        <source>Add an a&amp;ccount…</source>
        <translation>添加账号(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Guide me through the consoles</source>
        <translation>引导我在控制台中操作(&amp;G)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>vpw::ui::CloudSideGroup</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Cloud side</source>
        <translation>云上配置</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>The fix failed: %1</source>
        <translation>修复失败：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A cloud-side check that found a mismatch: &quot;&lt;check&gt;: &lt;what was found&gt;&quot;.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>This makes one call with your %1 account:

%2%3

Make this call now?</source>
        <translation>这将使用您的%1账号执行一次调用：

%2%3

现在执行此调用吗？</translation>
    </message>
    <message>
        <source>Reading your account…</source>
        <translation>正在读取您的账号…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (checked %4)</source>
        <extracomment>One cloud-side check: &quot;&lt;check&gt; — &lt;OK|Mismatch|Unknown&gt;: &lt;detail&gt; (checked &lt;time&gt;)&quot;.</extracomment>
        <translation>%1 — %2：%3（检查于 %4）</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>修复…</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Make the call</source>
        <translation>执行调用</translation>
    </message>
    <message>
        <source>Fixing…</source>
        <translation>正在修复…</translation>
    </message>
</context>
<context>
    <name>vpw::ui::CollectFieldsPage</name>
    <message>
        <source>This value looks like the %1; it belongs in the field %2.</source>
        <translation>该值看起来是%1，应填写在字段 %2 中。</translation>
    </message>
    <message>
        <source>The field %1 already holds this value. Each field takes a different ID: check that you copied the right one.</source>
        <translation>字段 %1 中已经是这个值。每个字段需要不同的 ID：请检查是否复制了正确的值。</translation>
    </message>
</context>
<context>
    <name>vpw::ui::ConsoleHistory</name>
    <message>
        <source>Submitted in EMQX Cloud&apos;s console (Done)</source>
        <translation>已在 EMQX Cloud 控制台提交（完成）</translation>
    </message>
    <message>
        <source>%1, seen on %2</source>
        <translation>%1，在%2一侧看到</translation>
    </message>
    <message>
        <source>%1, told by you</source>
        <translation>%1，由您告知</translation>
    </message>
    <message>
        <source>Marked removed</source>
        <translation>已标记为移除</translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation>%1 显示：%2</translation>
    </message>
</context>
<context>
    <name>vpw::ui::ConsoleOutcomeBox</name>
    <message>
        <source>It is &amp;running</source>
        <translation>已运行(&amp;R)</translation>
    </message>
    <message>
        <source>It fa&amp;iled</source>
        <translation>已失败(&amp;I)</translation>
    </message>
    <message>
        <source>EMQX Cloud&apos;s console shows the peering&apos;s state in the deployment&apos;s VPC peering list. When it shows running or failed, tell the application here:</source>
        <translation>EMQX Cloud 控制台在部署的 VPC 对等连接列表中显示对等连接的状态。显示为运行中或失败后，请在这里告知本应用：</translation>
    </message>
    <message>
        <source>R&amp;eason shown in EMQX&apos;s console (optional):</source>
        <translation>EMQX 控制台显示的原因（可选）(&amp;E)：</translation>
    </message>
    <message>
        <source>Reason shown in EMQX&apos;s console (optional)</source>
        <translation>EMQX 控制台显示的原因（可选）</translation>
    </message>
    <message>
        <source>Estimated: the countdown runs from the moment you confirmed the submit in EMQX&apos;s console (Done), not from EMQX Cloud&apos;s own clock. Finish your side well before it ends.</source>
        <translation>估算值：倒计时从您确认已在 EMQX 控制台提交（完成）的那一刻开始，而不是依据 EMQX Cloud 自己的时钟。请在倒计时结束前尽早完成您这一侧的操作。</translation>
    </message>
    <message>
        <source>No %1 account is connected: the application cannot see the outcome itself.</source>
        <translation>未连接%1账号：本应用无法自行得知结果。</translation>
    </message>
    <message>
        <source>Watching %1 through the account &quot;%2&quot;.</source>
        <translation>正在通过账号“%2”监视%1。</translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation>%1 显示：%2</translation>
    </message>
    <message>
        <source>EMQX Cloud&apos;s console shows the peering as failed.</source>
        <translation>EMQX Cloud 控制台显示该对等连接失败。</translation>
    </message>
    <message>
        <source>The outcome could not be recorded: the peering is no longer waiting.</source>
        <translation>无法记录结果：该对等连接已不在等待中。</translation>
    </message>
</context>
<context>
    <name>vpw::ui::ConsoleRemoveDialog</name>
    <message>
        <source>Delete the peering in EMQX Cloud&apos;s console</source>
        <translation>在 EMQX Cloud 控制台删除对等连接</translation>
    </message>
    <message>
        <source>Remove the failed peering from the list</source>
        <translation>从列表中移除失败的对等连接</translation>
    </message>
    <message>
        <source>EMQX Cloud has no public API for peerings yet: delete the peering in EMQX Cloud&apos;s console, then mark it removed here.

1. Open the EMQX Cloud console and the deployment &quot;%1&quot;.
2. Make sure no resources are bound to the peering (for example rule-engine resources that reach your VPC): unbind them first. Deleting a peering that resources still use leads to unpredictable failures.
3. In the deployment&apos;s VPC peering list, delete the peering %2 (VPC %3, %4). A peering can be deleted only while its state is running.
4. Click Mark removed here. The entry leaves the list; its history is kept.</source>
        <translation>EMQX Cloud 尚未公开对等连接的 API：请在 EMQX Cloud 控制台删除对等连接，然后在这里标记为已移除。

1. 打开 EMQX Cloud 控制台和部署“%1”。
2. 确保没有资源绑定到该对等连接（例如访问您 VPC 的规则引擎资源）：请先解除绑定。删除仍被资源使用的对等连接会导致不可预期的故障。
3. 在部署的 VPC 对等连接列表中删除对等连接 %2（VPC %3，%4）。只有状态为运行中的对等连接才能删除。
4. 在这里点击“标记为已移除”。该条目将从列表中移除，其历史记录会保留。</translation>
    </message>
    <message>
        <source>The peering %1 failed: EMQX Cloud holds nothing for it. Mark removed takes it off the list; its history is kept.</source>
        <translation>对等连接 %1 已失败：EMQX Cloud 中没有为它保留任何内容。“标记为已移除”会将其从列表中移除，其历史记录会保留。</translation>
    </message>
    <message>
        <source>Open the &amp;EMQX Cloud console</source>
        <translation>打开 EMQX Cloud 控制台(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Mark removed</source>
        <translation>标记为已移除(&amp;M)</translation>
    </message>
    <message>
        <source>The peering is no longer in the list.</source>
        <translation>该对等连接已不在列表中。</translation>
    </message>
    <message>
        <source>Your provider account &quot;%1&quot; is connected: once the entry is marked removed, the application offers to remove what it added in that account for this peering (the route, the security-group rules), showing each call first.</source>
        <translation>您的云服务商账号“%1”已连接：该条目标记为已移除后，本应用会提供删除它为此对等连接在该账号中添加的内容（路由、安全组规则），并先列出每个调用。</translation>
    </message>
    <message>
        <source>&amp;Clean up my side…</source>
        <translation>清理我这一侧(&amp;C)…</translation>
    </message>
    <message>
        <source>The peering %1 is marked removed. The application can now remove what it added in your account &quot;%2&quot; for it: choose Clean up my side… to see each call before any is made, or Close to keep everything as it is.</source>
        <translation>对等连接 %1 已标记为已移除。本应用现在可以删除它为此在您的账号“%2”中添加的内容：选择“清理我这一侧…”，在执行任何调用之前先查看每个调用；或选择“关闭”，保持一切不变。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>vpw::ui::ConsoleSubmitPage</name>
    <message>
        <source>Do this in the EMQX Cloud console</source>
        <translation>请在 EMQX Cloud 控制台完成此步骤</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Open the &amp;EMQX Cloud console</source>
        <translation>打开 EMQX Cloud 控制台(&amp;E)</translation>
    </message>
    <message>
        <source>EMQX Cloud has no public API for peerings yet, so this step is done in EMQX Cloud&apos;s console:

1. Open the EMQX Cloud console and the deployment &quot;%1&quot;.
2. Click + VPC Peering.
3. Enter the values below, exactly as shown (use the copy buttons).
4. Click Confirm in EMQX&apos;s console, then Done here.

%2</source>
        <translation>EMQX Cloud 尚未公开对等连接的 API，因此这一步在 EMQX Cloud 控制台中完成：

1. 打开 EMQX Cloud 控制台和部署“%1”。
2. 点击“+ VPC 对等连接”。
3. 按原样填写下面的值（使用复制按钮）。
4. 在 EMQX 控制台点击“确定”，然后在这里点击“完成”。

%2</translation>
    </message>
    <message>
        <source>The window for your side starts when EMQX Cloud creates the peering: click Done right after you click Confirm in EMQX&apos;s console. The countdown on the next page is estimated from the moment you click Done.</source>
        <translation>您这一侧的时间窗口从 EMQX Cloud 创建对等连接时开始：请在 EMQX 控制台点击“确定”后立即点击“完成”。下一页的倒计时从您点击“完成”的那一刻开始估算。</translation>
    </message>
    <message>
        <source>Click Done once EMQX&apos;s console lists the peering. The next page waits for the outcome.</source>
        <translation>EMQX 控制台列出该对等连接后，请点击“完成”。下一页将等待结果。</translation>
    </message>
    <message>
        <source>The peering could not be recorded.</source>
        <translation>无法记录该对等连接。</translation>
    </message>
</context>
<context>
    <name>vpw::ui::CopyFeedback</name>
    <message>
        <source>Copied ✓</source>
        <translation>已复制 ✓</translation>
    </message>
</context>
<context>
    <name>vpw::ui::CopyValuesBox</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>将%1复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>全部复制(&amp;A)</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value, as copied</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>vpw::ui::CountdownPage</name>
    <message>
        <source>Time left:</source>
        <translation>剩余时间：</translation>
    </message>
    <message>
        <source>Demo: &amp;finish the provider side now</source>
        <translation>演示：立即完成云服务商侧操作(&amp;F)</translation>
    </message>
    <message>
        <source>Demo: &amp;let the window run out</source>
        <translation>演示：让时间窗口过期(&amp;L)</translation>
    </message>
    <message>
        <source>Peering state</source>
        <translation>对等连接状态</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Time left in the window</source>
        <translation>时间窗口剩余时间</translation>
    </message>
    <message>
        <source>Only in the demo: the built-in sandbox closes the window now, so you can see what happens when time runs out.</source>
        <translation>仅限演示：内置沙箱立即关闭时间窗口，以便您查看超时后会发生什么。</translation>
    </message>
    <message>
        <source>Looking up the peering %1…</source>
        <translation>正在查找对等连接 %1…</translation>
    </message>
    <message>
        <source>The window has closed. Waiting for EMQX Cloud to confirm the outcome…</source>
        <translation>时间窗口已关闭。正在等待 EMQX Cloud 确认结果…</translation>
    </message>
    <message>
        <source>Only in the demo: makes your side&apos;s call (the attach) against the built-in provider emulator with the demo&apos;s account, as you would in the provider console.</source>
        <translation>仅限演示：使用演示账号，对内置的云服务商模拟器发起您这一侧的调用（加载网络实例），如同您在云服务商控制台中操作。</translation>
    </message>
    <message>
        <source>Demo: nothing makes the peering run by itself. Do your side with the demo&apos;s emulated provider account, or use &quot;Demo: finish the provider side now&quot;, which makes that call for you.</source>
        <translation>演示：对等连接不会自动变为运行中。请使用演示的模拟云服务商账号完成您这一侧的操作，或点击“演示：立即完成云服务商侧操作”，由它替您发起该调用。</translation>
    </message>
    <message>
        <source>As with a real peering, when the window runs out first the peering fails.</source>
        <translation>与真实的对等连接一样，如果时限先结束，对等连接会失败。</translation>
    </message>
    <message>
        <source>The estimated window has closed. Look at the peering in EMQX Cloud&apos;s console and tell the outcome below.</source>
        <translation>估算的时间窗口已结束。请在 EMQX Cloud 控制台中查看该对等连接，并在下方告知结果。</translation>
    </message>
</context>
<context>
    <name>vpw::ui::DeletePeeringDialog</name>
    <message>
        <source>Delete peering</source>
        <translation>删除对等连接</translation>
    </message>
    <message>
        <source>Delete the VPC peering %1 of deployment &quot;%2&quot;?</source>
        <translation>删除部署“%2”的 VPC 对等连接 %1？</translation>
    </message>
    <message>
        <source>Your VPC ID:</source>
        <translation>您的 VPC ID：</translation>
    </message>
    <message>
        <source>Your VPC CIDR:</source>
        <translation>您的 VPC 网段：</translation>
    </message>
    <message>
        <source>&amp;Delete peering</source>
        <translation>删除对等连接(&amp;D)</translation>
    </message>
    <message>
        <source>To delete it anyway, type the peering ID %1:</source>
        <translation>如仍要删除，请输入对等连接 ID %1：</translation>
    </message>
    <message>
        <source>Not connected to the peering API. Wait for the connection and try again.</source>
        <translation>尚未连接到对等连接 API。请等待连接建立后重试。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>No rule-engine resource is bound to this peering. Once it is deleted, the deployment can no longer reach your VPC (%1); to connect again, create a new peering.</source>
        <translation>该对等连接没有关联的规则引擎资源。删除后，部署将无法再访问您的 VPC（%1）；如需重新连通，请新建对等连接。</translation>
    </message>
    <message>
        <source>Deleting the peering unbinds every rule-engine resource bound to it. The resources are not deleted, but they can no longer reach your VPC (%1).</source>
        <translation>删除对等连接会解除其上所有规则引擎资源的关联。这些资源不会被删除，但将无法再访问您的 VPC（%1）。</translation>
    </message>
    <message>
        <source>What happens to each bound resource:</source>
        <translation>各关联资源的结果：</translation>
    </message>
    <message>
        <source>%1 (%2, %3): unbound and kept. It can no longer reach %4, so the rules that use it fail until you bind it to another peering or remove it from them.</source>
        <translation>%1（%2，%3）：解除关联并保留。它将无法再访问 %4，使用它的规则会失败，直到您将它关联到其他对等连接或从规则中移除。</translation>
    </message>
    <message>
        <source>The ID typed does not match %1.</source>
        <translation>输入的 ID 与 %1 不一致。</translation>
    </message>
    <message>
        <source>EMQX Cloud says: %1</source>
        <translation>EMQX Cloud 返回：%1</translation>
    </message>
    <message>
        <source>Cloud provider:</source>
        <translation>云服务商：</translation>
    </message>
</context>
<context>
    <name>vpw::ui::DoItForMeWizard</name>
    <message>
        <source>Do it for me</source>
        <translation>代我完成</translation>
    </message>
    <message>
        <source>Give up this peering?</source>
        <translation>放弃此对等连接？</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed after you submitted the peering in EMQX Cloud&apos;s console.

Give up: the application keeps the peering as failed; delete it in EMQX Cloud&apos;s console.
Keep it pending: the next time you choose Do it for me with this account, the plan resumes at that step.</source>
        <translation>您在 EMQX Cloud 控制台中提交对等连接后，步骤“%1”失败了。

放弃：本应用将该对等连接记为失败；请在 EMQX Cloud 控制台中删除它。
保持等待：下次使用此账号选择“代我完成”时，计划会从该步骤继续执行。</translation>
    </message>
    <message>
        <source>&amp;Give up: mark it failed</source>
        <translation>放弃：标记为失败(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keep it pending</source>
        <translation>保持等待(&amp;K)</translation>
    </message>
</context>
<context>
    <name>vpw::ui::EventLog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Peering</source>
        <translation>对等连接</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>vpw::ui::FailurePage</name>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>The peering failed</source>
        <translation>对等连接失败</translation>
    </message>
    <message>
        <source>EMQX Cloud could not complete the peering.</source>
        <translation>EMQX Cloud 未能完成此对等连接。</translation>
    </message>
    <message>
        <source>Nothing you typed is lost: choose Try again to check the values and submit a new peering. The failed one no longer holds its CIDR block.</source>
        <translation>您输入的内容都已保留：选择“重试”检查这些值并提交新的对等连接。失败的对等连接不再占用其网段。</translation>
    </message>
    <message>
        <source>EMQX Cloud says: %1</source>
        <translation>EMQX Cloud 返回：%1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>vpw::ui::FieldEditor</name>
    <message>
        <source>&amp;Use %1</source>
        <translation>使用 %1(&amp;U)</translation>
    </message>
</context>
<context>
    <name>vpw::ui::FollowUpPage</name>
    <message>
        <source>The peering runs: finish on your side</source>
        <translation>对等连接已运行：请完成您这一侧的配置</translation>
    </message>
    <message>
        <source>EMQX Cloud has connected the deployment to your VPC. Make these changes in your cloud account so that traffic flows; each is shown as console steps, as a command and as Terraform.</source>
        <translation>EMQX Cloud 已将部署连接到您的 VPC。请在您的云账号中完成以下更改，使流量能够互通；每项更改都给出了控制台步骤、命令行和 Terraform 三种方式。</translation>
    </message>
</context>
<context>
    <name>vpw::ui::FollowUpWidget</name>
    <message>
        <source>%1 command for the route:</source>
        <translation>用于路由的 %1 命令：</translation>
    </message>
    <message>
        <source>%1 command for the security group:</source>
        <translation>用于安全组的 %1 命令：</translation>
    </message>
    <message>
        <source>Terraform for the route:</source>
        <translation>用于路由的 Terraform：</translation>
    </message>
    <message>
        <source>Terraform for the security group:</source>
        <translation>用于安全组的 Terraform：</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>目的地址：</translation>
    </message>
    <message>
        <source>Next hop type:</source>
        <translation>下一跳类型：</translation>
    </message>
    <message>
        <source>VPC peering connection</source>
        <translation>对等连接</translation>
    </message>
    <message>
        <source>Next hop:</source>
        <translation>下一跳：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>授权对象：</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议类型：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>MQTT ports to open:</source>
        <translation>要放行的 MQTT 端口：</translation>
    </message>
    <message>
        <source>Paste the ID of your VPC&apos;s route table</source>
        <translation>粘贴您 VPC 路由表的 ID</translation>
    </message>
    <message>
        <source>Paste the ID of your instances&apos; security group</source>
        <translation>粘贴您实例所在安全组的 ID</translation>
    </message>
    <message>
        <source>Your route &amp;table ID:</source>
        <translation>您的路由表 ID(&amp;T)：</translation>
    </message>
    <message>
        <source>Your security &amp;group ID:</source>
        <translation>您的安全组 ID(&amp;G)：</translation>
    </message>
    <message>
        <source>An ID has only letters, digits, &quot;-&quot; and &quot;_&quot;. The commands keep the placeholder until the ID is complete.</source>
        <translation>ID 只包含字母、数字、“-”和“_”。在 ID 填写完整之前，命令中保留占位符。</translation>
    </message>
    <message>
        <source>Tick at least one port.</source>
        <translation>请至少勾选一个端口。</translation>
    </message>
    <message>
        <source>Steps, in this order:</source>
        <translation>按以下顺序完成：</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Copy %1 command</source>
        <translation>复制 %1 命令</translation>
    </message>
    <message>
        <source>Copy Terraform</source>
        <translation>复制 Terraform</translation>
    </message>
    <message>
        <source>%1 The commands keep the placeholder until the ID is complete.</source>
        <translation>%1命令中会保留占位符，直到 ID 完整。</translation>
    </message>
</context>
<context>
    <name>vpw::ui::MainWindow</name>
    <message>
        <source>VPC Peering Wizard</source>
        <translation>VPC 对等连接向导</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Add, edit or remove profiles and their API secrets</source>
        <translation>添加、编辑或删除连接配置及其 API Secret</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>正在启动本地沙箱…</translation>
    </message>
    <message>
        <source>This profile has no endpoint yet.</source>
        <translation>此连接配置尚未设置 API 地址。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Refresh the deployments and peerings now (F5)</source>
        <translation>立即刷新部署和对等连接（F5）</translation>
    </message>
    <message>
        <source>New peering…</source>
        <translation>新建对等连接…</translation>
    </message>
    <message>
        <source>Delete peering…</source>
        <translation>删除对等连接…</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>连接配置(&amp;R)：</translation>
    </message>
    <message>
        <source>Create a VPC peering for deployment &quot;%1&quot; (Ctrl+N)</source>
        <translation>为部署“%1”创建 VPC 对等连接（Ctrl+N）</translation>
    </message>
    <message>
        <source>Select a running peering to delete it.</source>
        <translation>请选择一个状态为 running 的对等连接以删除。</translation>
    </message>
    <message>
        <source>To delete a peering, its state must be running. This peering is %1.</source>
        <translation>删除对等连接，您需要确保对等连接状态为 running。该对等连接当前为“%1”。</translation>
    </message>
    <message>
        <source>Delete peering %1 (Del)</source>
        <translation>删除对等连接 %1（Del）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Peering %1</source>
        <translation>对等连接 %1</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New peering…</source>
        <translation>新建对等连接(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete peering…</source>
        <translation>删除对等连接(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Peering</source>
        <translation>对等连接(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Not connected: a peering can be created once the profile is connected.</source>
        <translation>尚未连接：连接成功后才能创建对等连接。</translation>
    </message>
    <message>
        <source>Create a VPC peering: the wizard asks for the deployment first (Ctrl+N)</source>
        <translation>创建 VPC 对等连接：向导会先请您选择部署 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Deployments (EMQX Cloud console)…</source>
        <translation>部署（EMQX Cloud 控制台）(&amp;D)…</translation>
    </message>
    <message>
        <source>Enter, edit, import or export the deployments of this console profile</source>
        <translation>录入、编辑、导入或导出此控制台连接配置的部署</translation>
    </message>
    <message>
        <source>Show the events of this session</source>
        <translation>显示本次会话的事件</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>事件（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s): show the events of this session</source>
        <translation>
            <numerusform>%n 个新事件：显示本次会话的事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo: &quot;Sandbox — local demo&quot; is a server running inside this application with sample deployments. Nothing you do here reaches a cloud account. To begin, select a deployment, then choose New peering….</source>
        <translation>演示：“沙箱 — 本地演示”是运行在本应用内部的服务器，带有示例部署。在这里的任何操作都不会影响云账号。开始时，请选择一个部署，然后点击“新建对等连接…”。</translation>
    </message>
    <message>
        <source>Continue &amp;setup…</source>
        <translation>继续设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Open the countdown of this pending peering again, with the values to load</source>
        <translation>重新打开此待处理对等连接的倒计时页面，其中有需要加载的值</translation>
    </message>
    <message>
        <source>Create &amp;again with the same values…</source>
        <translation>用相同的值重新创建(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the wizard with this failed peering&apos;s values typed in, to check and submit</source>
        <translation>打开向导并填入此失败对等连接的值，核对后提交</translation>
    </message>
    <message>
        <source>Connection &amp;profiles…</source>
        <translation>连接配置(&amp;P)…</translation>
    </message>
    <message>
        <source>Connection profiles…</source>
        <translation>连接配置…</translation>
    </message>
    <message>
        <source>Remove the failed peering %1 from the list (Del)</source>
        <translation>从列表中移除失败的对等连接 %1（Del）</translation>
    </message>
    <message>
        <source>My EMQX Cloud (console)</source>
        <translation>我的 EMQX Cloud（控制台）</translation>
    </message>
</context>
<context>
    <name>vpw::ui::ManualDeploymentsDialog</name>
    <message>
        <source>Deployment &amp;name:</source>
        <translation>部署名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Cloud &amp;provider:</source>
        <translation>云服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Deployment &amp;VPC ID:</source>
        <translation>部署 VPC ID(&amp;V)：</translation>
    </message>
    <message>
        <source>Deployment &amp;CIDR block:</source>
        <translation>部署 VPC 网段(&amp;C)：</translation>
    </message>
    <message>
        <source>EMQX Cloud &amp;account ID:</source>
        <translation>EMQX Cloud 账号 ID(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>版本(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Save deployment</source>
        <translation>保存部署(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Deployments (EMQX Cloud console)</source>
        <translation>部署（EMQX Cloud 控制台）</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Enter each deployment once, as EMQX Cloud&apos;s &quot;+ VPC peering&quot; dialog shows it, or copy that dialog&apos;s text and choose &quot;Paste from console&quot;.</source>
        <translation>按照 EMQX Cloud 的“+ VPC 对等连接”对话框中显示的信息录入每个部署（只需一次），或复制该对话框的文本后选择“从控制台粘贴”。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Import deployments</source>
        <translation>导入部署</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export deployments</source>
        <translation>导出部署</translation>
    </message>
    <message>
        <source>No deployment values were found in the text. Copy the text of EMQX Cloud&apos;s &quot;+ VPC peering&quot; dialog and try again.</source>
        <translation>文本中未找到部署信息。请复制 EMQX Cloud 的“+ VPC 对等连接”对话框中的文本后重试。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) filled from the pasted text. Check them, then save.</source>
        <translation>
            <numerusform>已根据粘贴的文本填写 %n 个字段。请核对后保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployment saved.</source>
        <translation>部署已保存。</translation>
    </message>
    <message>
        <source>Deployment removed.</source>
        <translation>部署已删除。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个部署。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Deployments exported.</source>
        <translation>部署已导出。</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>新建(&amp;W)</translation>
    </message>
    <message>
        <source>Pas&amp;te from console</source>
        <translation>从控制台粘贴(&amp;T)</translation>
    </message>
</context>
<context>
    <name>vpw::ui::OperatorBox</name>
    <message>
        <source>Open the &amp;EMQX Cloud console</source>
        <translation>打开 EMQX Cloud 控制台(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
</context>
<context>
    <name>vpw::ui::PeeringDetails</name>
    <message>
        <source>Why it failed</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Bound resources</source>
        <translation>关联的资源</translation>
    </message>
    <message>
        <source>Peering details</source>
        <translation>对等连接详情</translation>
    </message>
    <message>
        <source>Select a peering to see its details.</source>
        <translation>选择一个对等连接以查看详情。</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>部署：</translation>
    </message>
    <message>
        <source>Copy Deployment</source>
        <translation>复制部署</translation>
    </message>
    <message>
        <source>Peering ID:</source>
        <translation>对等连接 ID：</translation>
    </message>
    <message>
        <source>Copy Peering ID</source>
        <translation>复制对等连接 ID</translation>
    </message>
    <message>
        <source>Your account ID:</source>
        <translation>您的账号 ID：</translation>
    </message>
    <message>
        <source>Copy Your account ID</source>
        <translation>复制您的账号 ID</translation>
    </message>
    <message>
        <source>Your VPC ID:</source>
        <translation>您的 VPC ID：</translation>
    </message>
    <message>
        <source>Copy Your VPC ID</source>
        <translation>复制您的 VPC ID</translation>
    </message>
    <message>
        <source>Your VPC CIDR:</source>
        <translation>您的 VPC 网段：</translation>
    </message>
    <message>
        <source>Copy Your VPC CIDR</source>
        <translation>复制您的 VPC 网段</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新时间：</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>剩余时间：</translation>
    </message>
    <message>
        <source>Record ID:</source>
        <translation>记录 ID：</translation>
    </message>
    <message>
        <source>Copy Record ID</source>
        <translation>复制记录 ID</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>详情(&amp;L)</translation>
    </message>
    <message>
        <source>F&amp;ollow-up steps</source>
        <translation>后续步骤(&amp;O)</translation>
    </message>
    <message>
        <source>The follow-up steps apply once the peering is running.</source>
        <translation>对等连接进入 running 状态后才需要执行后续步骤。</translation>
    </message>
    <message>
        <source>No rule-engine resources are bound to this peering.</source>
        <translation>该对等连接没有关联的规则引擎资源。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>A failed peering cannot be deleted; it no longer holds its CIDR.</source>
        <translation>失败的对等连接无法删除，它不再占用其网段。</translation>
    </message>
    <message>
        <source>Values for your side</source>
        <translation>您这一侧需要的值</translation>
    </message>
    <message>
        <source>The %1-minute window has closed</source>
        <translation>%1 分钟时限已过</translation>
    </message>
    <message>
        <source>EMQX Cloud says: %1</source>
        <translation>EMQX Cloud 返回：%1</translation>
    </message>
    <message>
        <source>If your side is not done when the %1-minute window closes, EMQX Cloud marks the peering failed and it must be created again (the demo&apos;s sample pending peering too, %1 minutes after the demo started).</source>
        <translation>如果在 %1 分钟时限结束时您这一侧仍未完成，EMQX Cloud 会将该对等连接标记为失败，需要重新创建（演示中的示例待处理对等连接也是如此：演示启动 %1 分钟后失败）。</translation>
    </message>
    <message>
        <source>%1 (of %2 minutes)</source>
        <translation>%1（共 %2 分钟）</translation>
    </message>
    <message>
        <source>Cloud provider:</source>
        <translation>云服务商：</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>vpw::ui::PeeringWizard</name>
    <message>
        <source>New peering</source>
        <translation>新建对等连接</translation>
    </message>
    <message>
        <source>New peering — %1</source>
        <translation>新建对等连接 — %1</translation>
    </message>
    <message>
        <source>Discard the values?</source>
        <translation>放弃已填写的值？</translation>
    </message>
    <message>
        <source>Close the wizard and discard the values you typed?</source>
        <translation>关闭向导并放弃您已填写的值？</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续填写(&amp;K)</translation>
    </message>
    <message>
        <source>Leave the waiting peering?</source>
        <translation>离开等待中的对等连接？</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>仍然关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>继续等待(&amp;K)</translation>
    </message>
    <message>
        <source>The peering is still waiting for your side. If you close the wizard now, the status panel keeps showing the peering and the values to load; &quot;Continue setup…&quot; on it opens this page again.</source>
        <translation>该对等连接仍在等待您这一侧的操作。如果现在关闭向导，状态面板仍会显示该对等连接和需要加载的值；在其上选择“继续设置…”即可再次打开本页。</translation>
    </message>
    <message>
        <source>Filled in from your account: %1.</source>
        <translation>已从您的账号填入：%1。</translation>
    </message>
</context>
<context>
    <name>vpw::ui::PickPage</name>
    <message>
        <source>Pick your resources</source>
        <translation>选择您的资源</translation>
    </message>
    <message>
        <source>Read from your account. Entries that cannot be used say why.</source>
        <translation>从您的账号中读取。不可用的条目会说明原因。</translation>
    </message>
    <message>
        <source>1883 (MQTT)</source>
        <translation>1883（MQTT）</translation>
    </message>
    <message>
        <source>8883 (MQTT over TLS)</source>
        <translation>8883（基于 TLS 的 MQTT）</translation>
    </message>
    <message>
        <source>Your &amp;VPC:</source>
        <translation>您的 VPC(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;CEN instance:</source>
        <translation>云企业网实例(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Security group:</source>
        <translation>安全组(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Route table:</source>
        <translation>路由表(&amp;R)：</translation>
    </message>
    <message>
        <source>Ports to open:</source>
        <translation>要开放的端口：</translation>
    </message>
    <message>
        <source>Reading your account…</source>
        <translation>正在读取您的账号…</translation>
    </message>
    <message>
        <source>Your account could not be read: %1 (%2, request %3)</source>
        <translation>无法读取您的账号：%1（%2，请求 %3）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> — in CEN %1</source>
        <translation> — 位于云企业网 %1</translation>
    </message>
    <message>
        <source>%1 — cannot be used: %2</source>
        <translation>%1 — 不可用：%2</translation>
    </message>
    <message>
        <source>Create a new CEN</source>
        <translation>新建云企业网</translation>
    </message>
    <message>
        <source>An earlier Apply with these choices was interrupted: they are selected again, so that Apply continues it.</source>
        <translation>上次使用这些选择的执行被中断：已重新选中它们，“执行”将继续完成。</translation>
    </message>
</context>
<context>
    <name>vpw::ui::PlanPage</name>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Every call, in order, with its values. Nothing changes until you choose Apply.</source>
        <translation>按顺序列出每个调用及其取值。在您选择“执行”之前不会做任何更改。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>执行(&amp;A)</translation>
    </message>
    <message>
        <source>Calls in order</source>
        <translation>按顺序的调用</translation>
    </message>
    <message>
        <source>&amp;Policy the account needs:</source>
        <translation>账号所需的权限策略(&amp;P)：</translation>
    </message>
    <message>
        <source>Policy the account needs</source>
        <translation>账号所需的权限策略</translation>
    </message>
    <message>
        <source>C&amp;opy policy</source>
        <translation>复制策略(&amp;O)</translation>
    </message>
    <message>
        <source>Checking what is already there…</source>
        <translation>正在检查已存在的内容…</translation>
    </message>
    <message>
        <source>Checked. Choose Apply to make these calls.</source>
        <translation>检查完毕。选择“执行”以进行这些调用。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source> — already there — skipped</source>
        <translation> — 已存在 — 已跳过</translation>
    </message>
    <message numerus="yes">
        <source>An earlier Apply of this plan stopped after %n step(s); Apply continues from there.</source>
        <translation>
            <numerusform>此计划上次执行到第 %n 步后中断；“执行”将从那里继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked: the provider would refuse a call marked below. Add the missing permission to the account&apos;s policy, then go Back and Next to check again.</source>
        <translation>检查完毕：云服务商会拒绝下面标出的调用。请将缺少的权限加入该账号的权限策略，然后点击“上一步”再点击“下一步”重新检查。</translation>
    </message>
    <message>
        <source>Would be refused: %1 (code %2, request ID %3)</source>
        <translation>将被拒绝：%1（代码 %2，请求 ID %3）</translation>
    </message>
</context>
<context>
    <name>vpw::ui::PolicyDialog</name>
    <message>
        <source>Required policy — %1</source>
        <translation>所需权限策略 — %1</translation>
    </message>
    <message>
        <source>Policy (JSON)</source>
        <translation>权限策略（JSON）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the policy to the clipboard</source>
        <translation>将权限策略复制到剪贴板</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>已复制 ✓</translation>
    </message>
</context>
<context>
    <name>vpw::ui::ProfileDialog</name>
    <message>
        <source>This is the built-in demo profile. Its endpoint and key are set when the local sandbox starts, so it cannot be edited or removed. Choose &quot;Add&quot; to create a profile for your own endpoint.</source>
        <translation>这是内置的演示连接配置。它的地址和密钥在本地沙箱启动时设置，因此无法编辑或删除。选择“添加”可为您自己的地址创建连接配置。</translation>
    </message>
    <message>
        <source>Keeping the API secret in memory…</source>
        <translation>正在将 API Secret 保存在内存中…</translation>
    </message>
    <message>
        <source>Saving the API secret in the keychain…</source>
        <translation>正在将 API Secret 保存到密钥环…</translation>
    </message>
    <message>
        <source>The profile was saved, but not its API secret.</source>
        <translation>连接配置已保存，但其 API Secret 未保存。</translation>
    </message>
    <message>
        <source>Keychain message: %1</source>
        <translation>密钥环消息：%1</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>删除连接配置“%1”？</translation>
    </message>
    <message>
        <source>Its API secret is deleted from the keychain as well. This cannot be undone.</source>
        <translation>其 API Secret 也会从密钥环中删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The profile was removed, but its API secret could not be deleted from the keychain.</source>
        <translation>连接配置已删除，但无法从密钥环中删除其 API Secret。</translation>
    </message>
    <message>
        <source>EMQX API pro&amp;files</source>
        <translation>EMQX API 连接配置(&amp;F)</translation>
    </message>
    <message>
        <source>Provider acco&amp;unts</source>
        <translation>云服务商账号(&amp;U)</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>连接配置</translation>
    </message>
</context>
<context>
    <name>vpw::ui::ProfileForm</name>
    <message>
        <source>For example: Production</source>
        <translation>例如：生产环境</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the API secret as you type it</source>
        <translation>输入时显示或隐藏 API Secret</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>地址(&amp;E)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>API Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>unchanged — leave empty to keep the stored secret</source>
        <translation>未更改 — 留空以保留已保存的 API Secret</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>名为“%1”的连接配置已存在。请换一个名称。</translation>
    </message>
    <message>
        <source>Enter the API secret that belongs to this API key.</source>
        <translation>请输入与此 API 密钥对应的 API Secret。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>EMQX Cloud API</source>
        <translation>EMQX Cloud API</translation>
    </message>
    <message>
        <source>EMQX Cloud console (by hand)</source>
        <translation>EMQX Cloud 控制台（手动操作）</translation>
    </message>
    <message>
        <source>The console kind needs no endpoint and no key: you do the EMQX steps in EMQX Cloud&apos;s console and enter your deployments once.</source>
        <translation>控制台类型无需 API 地址和密钥：EMQX 一侧的步骤由您在 EMQX Cloud 控制台中完成，部署信息只需录入一次。</translation>
    </message>
    <message>
        <source>Profile &amp;type:</source>
        <translation>连接配置类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Profile type</source>
        <translation>连接配置类型</translation>
    </message>
</context>
<context>
    <name>vpw::ui::ProfileList</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Built in, read-only</source>
        <translation>内置，只读</translation>
    </message>
</context>
<context>
    <name>vpw::ui::ProviderAccountForm</name>
    <message>
        <source>&amp;Test key</source>
        <translation>测试密钥(&amp;T)</translation>
    </message>
    <message>
        <source>Use the demo&apos;s &amp;emulated account</source>
        <translation>使用演示的模拟账号(&amp;E)</translation>
    </message>
    <message>
        <source>For example: Production account</source>
        <translation>例如：生产账号</translation>
    </message>
    <message>
        <source>cn-hangzhou, cn-shanghai</source>
        <translation>cn-hangzhou, cn-shanghai</translation>
    </message>
    <message>
        <source>empty: the provider&apos;s own endpoints</source>
        <translation>留空：使用云服务商自己的端点</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>云服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Access key (&amp;AK):</source>
        <translation>访问密钥 AK(&amp;A)：</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Secret key (&amp;SK):</source>
        <translation>私有访问密钥 SK(&amp;S)：</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Endpoint &amp;override:</source>
        <translation>自定义端点(&amp;O)：</translation>
    </message>
    <message>
        <source>Show or hide the %1 as you type it</source>
        <translation>输入时显示或隐藏%1</translation>
    </message>
    <message>
        <source>unchanged — leave empty to keep the stored secret</source>
        <translation>未更改 — 留空则保留已保存的密钥</translation>
    </message>
    <message>
        <source>Testing the key with one read call…</source>
        <translation>正在用一次只读调用测试密钥…</translation>
    </message>
    <message>
        <source>Show required po&amp;licy…</source>
        <translation>显示所需策略(&amp;L)…</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>访问密钥 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Access key &amp;secret:</source>
        <translation>访问密钥 Secret(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>vpw::ui::ProviderAccountsPanel</name>
    <message>
        <source>A&amp;dd account</source>
        <translation>添加账号(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move account</source>
        <translation>删除账号(&amp;M)</translation>
    </message>
    <message>
        <source>Sa&amp;ve account</source>
        <translation>保存账号(&amp;V)</translation>
    </message>
    <message>
        <source>Provider accounts</source>
        <translation>云服务商账号</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Account saved.</source>
        <translation>账号已保存。</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>正在将密钥保存到钥匙串…</translation>
    </message>
    <message>
        <source>The account was saved, but its secret could not be stored: %1</source>
        <translation>账号已保存，但其密钥无法保存：%1</translation>
    </message>
    <message>
        <source>Account saved; its secret is in the keychain.</source>
        <translation>账号已保存；其密钥已存入钥匙串。</translation>
    </message>
    <message>
        <source>Remove Provider Account</source>
        <translation>删除云服务商账号</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;?</source>
        <translation>删除账号“%1”？</translation>
    </message>
    <message>
        <source>Its %1 is deleted from the keychain as well. The key itself stays valid in %2 until you disable it there.</source>
        <translation>其%1也会从钥匙串中删除。密钥本身在%2中仍然有效，直到您在那里将其禁用。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Account removed; its secret was deleted from the keychain.</source>
        <translation>账号已删除；其密钥已从钥匙串中删除。</translation>
    </message>
    <message>
        <source>The account was removed, but its secret could not be deleted from the keychain: %1</source>
        <translation>账号已删除，但其密钥无法从钥匙串中删除：%1</translation>
    </message>
</context>
<context>
    <name>vpw::ui::ReviewPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Not connected to EMQX Cloud. Wait until the connection is back, then retry.</source>
        <translation>未连接到 EMQX Cloud。请等待连接恢复后重试。</translation>
    </message>
    <message>
        <source>EMQX Cloud says: %1</source>
        <translation>EMQX Cloud 返回：%1</translation>
    </message>
    <message>
        <source>Submitting the peering to EMQX Cloud…</source>
        <translation>正在向 EMQX Cloud 提交对等连接…</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>vpw::ui::SaveStatus</name>
    <message>
        <source>Keep in memory for this session</source>
        <translation>仅在本次会话中保存在内存中</translation>
    </message>
    <message>
        <source>Use the secret until the application quits, without storing it anywhere</source>
        <translation>在应用退出前使用该 API Secret，不在任何地方保存</translation>
    </message>
</context>
<context>
    <name>vpw::ui::SideCleanupDialog</name>
    <message>
        <source>&amp;Delete ticked</source>
        <translation>删除已勾选项(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Clean up your side</source>
        <translation>清理您这一侧</translation>
    </message>
    <message>
        <source>These calls remove what the application added in your account &quot;%1&quot; for the peering %2. Each call reads first; nothing is deleted until you choose Delete ticked. Untick a call to keep what it would remove.</source>
        <translation>这些调用会删除本应用为对等连接 %2 在您的账号“%1”中添加的内容。每个调用都会先读取；在您选择“删除已勾选项”之前不会删除任何内容。取消勾选某个调用即可保留它要删除的内容。</translation>
    </message>
    <message>
        <source>Calls to make</source>
        <translation>要执行的调用</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reading the account&apos;s secret from the keychain…</source>
        <translation>正在从钥匙串读取该账号的密钥…</translation>
    </message>
    <message>
        <source>Nothing can be cleaned up: %1</source>
        <translation>无法清理：%1</translation>
    </message>
    <message>
        <source>Checking what is still there…</source>
        <translation>正在检查哪些内容仍然存在…</translation>
    </message>
    <message>
        <source>Nothing to clean up: the application recorded nothing it added for this peering.</source>
        <translation>无需清理：本应用没有记录为此对等连接添加的任何内容。</translation>
    </message>
    <message>
        <source>Checked. Untick what you want to keep, then choose Delete ticked.</source>
        <translation>检查完毕。取消勾选您想保留的内容，然后选择“删除已勾选项”。</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>could not be read (code %1)</source>
        <translation>无法读取（错误代码 %1）</translation>
    </message>
    <message>
        <source>to delete</source>
        <translation>待删除</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>kept (unticked)</source>
        <translation>保留（未勾选）</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Call %1 of %2: %3</source>
        <translation>第 %1 个调用，共 %2 个：%3</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>already gone — skipped</source>
        <translation>已不存在 — 已跳过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source> (code %1)</source>
        <translation>（错误代码 %1）</translation>
    </message>
    <message>
        <source> (code %1, request ID %2)</source>
        <translation>（错误代码 %1，请求 ID %2）</translation>
    </message>
    <message>
        <source>Done: what the application added for this peering is removed.</source>
        <translation>完成：本应用为此对等连接添加的内容已删除。</translation>
    </message>
</context>
<context>
    <name>vpw::ui::StatusPanel</name>
    <message>
        <source>Deployments</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Peerings</source>
        <translation>对等连接</translation>
    </message>
    <message>
        <source>&amp;New peering…</source>
        <translation>新建对等连接(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>筛选(&amp;I)：</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Peering ID, VPC ID, CIDR or reason</source>
        <translation>对等连接 ID、VPC ID、网段或原因</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>No peerings yet</source>
        <translation>暂无对等连接</translation>
    </message>
    <message>
        <source>&amp;Copy Peering ID</source>
        <translation>复制对等连接 ID(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;eerings</source>
        <translation>对等连接(&amp;E)</translation>
    </message>
    <message>
        <source>All but failed</source>
        <translation>全部（不含失败）</translation>
    </message>
    <message>
        <source>Select a deployment, then choose New peering….</source>
        <translation>请选择一个部署，然后点击“新建对等连接…”。</translation>
    </message>
</context>
<context>
    <name>vpw::ui::StepPage</name>
    <message>
        <source>Open %1</source>
        <translation>打开%1</translation>
    </message>
    <message>
        <source>Done for you by Do it for me:</source>
        <translation>“代我完成”已为您完成：</translation>
    </message>
</context>
<context>
    <name>vpw::ui::UserGuideDialog</name>
    <message>
        <source>User guide — VPC Peering Wizard</source>
        <translation>用户指南 — VPC 对等连接向导</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of the user guide to open: en or zh_CN</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Open the user guide (F1)</source>
        <translation>打开用户指南 (F1)</translation>
    </message>
</context>
<context>
    <name>vpw::ui::WelcomePanel</name>
    <message>
        <source>What do you have?</source>
        <translation>您现在有什么？</translation>
    </message>
    <message>
        <source>Then &amp;connect my Alibaba Cloud or Huawei Cloud account, so that the application watches the outcome on my side</source>
        <translation>然后连接我的阿里云或华为云账号(&amp;C)，以便本应用在我这一侧监视结果</translation>
    </message>
    <message>
        <source>&amp;An EMQX Cloud deployment</source>
        <translation>一个 EMQX Cloud 部署(&amp;A)</translation>
    </message>
    <message>
        <source>A profile for EMQX Cloud&apos;s console: you enter your deployment once from EMQX&apos;s &quot;+ VPC Peering&quot; dialog, the application guides every step, tells you exactly what to enter in EMQX&apos;s console and keeps your peerings.</source>
        <translation>一个用于 EMQX Cloud 控制台的连接配置：您只需根据 EMQX 的“+ VPC 对等连接”对话框录入一次部署，本应用会引导每一步，准确告诉您在 EMQX 控制台中填写什么，并保存您的对等连接。</translation>
    </message>
    <message>
        <source>Nothing yet: show me the de&amp;mo</source>
        <translation>还没有：带我看看演示(&amp;M)</translation>
    </message>
    <message>
        <source>The built-in sandbox with sample deployments: every step can be tried without a cloud account. It stays one click away: &quot;Sandbox — local demo&quot; in the profile list.</source>
        <translation>带示例部署的内置沙箱：无需云账号即可尝试每一步。它始终一键可达：连接配置列表中的“沙箱 — 本地演示”。</translation>
    </message>
</context>
<context>
    <name>vpw::ui::WizardLauncher</name>
    <message>
        <source>Resume the peering setup?</source>
        <translation>继续配置对等连接？</translation>
    </message>
    <message>
        <source>The setup of a new peering for the deployment %1 was interrupted. Resume where you left off? Everything you typed is kept.</source>
        <translation>部署 %1 的新对等连接配置被中断。是否从中断处继续？您输入的内容都已保留。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
</context>
<context>
    <name>vpw::wire</name>
    <message>
        <source>expected &quot;dedicated&quot;, &quot;shared&quot; or &quot;trial&quot;</source>
        <translation>应为 &quot;dedicated&quot;、&quot;shared&quot; 或 &quot;trial&quot;</translation>
    </message>
    <message>
        <source>expected a CIDR or a range of two CIDRs (A~B)</source>
        <translation>应为网段或由两个网段组成的范围（A~B）</translation>
    </message>
    <message>
        <source>expected &quot;pending&quot;, &quot;running&quot;, &quot;failed&quot; or &quot;deleting&quot;</source>
        <translation>应为 &quot;pending&quot;、&quot;running&quot;、&quot;failed&quot; 或 &quot;deleting&quot;</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>不能为 null</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>expected a string or null</source>
        <translation>应为字符串或 null</translation>
    </message>
    <message>
        <source>expected an RFC 3339 time</source>
        <translation>应为 RFC 3339 时间</translation>
    </message>
    <message>
        <source>expected an RFC 3339 time or null</source>
        <translation>应为 RFC 3339 时间或 null</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected a canonical IPv4 CIDR such as 10.0.0.0/16</source>
        <translation>应为规范的 IPv4 CIDR，例如 10.0.0.0/16</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected the name of a supported provider</source>
        <translation>应为受支持的云服务商名称</translation>
    </message>
</context>
</TS>
