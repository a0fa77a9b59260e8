<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>vpw::aliyun::Automation</name>
    <message numerus="yes">
        <source>%n network instance(s)</source>
        <translation>
            <numerusform>%n network instance</numerusform>
            <numerusform>%n network instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vpw::cloud::ApiError</name>
    <message numerus="yes">
        <source>Too many requests to the peering API. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests to the peering API. Try again in %n second.</numerusform>
            <numerusform>Too many requests to the peering API. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to the peering API. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many requests to the peering API. Try again in %n minute.</numerusform>
            <numerusform>Too many requests to the peering API. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to the peering API. Try again in %n hour(s).</source>
        <translation>
            <numerusform>Too many requests to the peering API. Try again in %n hour.</numerusform>
            <numerusform>Too many requests to the peering API. Try again in %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to the peering API. Try again in %n day(s).</source>
        <translation>
            <numerusform>Too many requests to the peering API. Try again in %n day.</numerusform>
            <numerusform>Too many requests to the peering API. Try again in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vpw::secrets::SecretError</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). Check that it is running and unlocked, or keep the secret in memory for this session only.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. Check that it is running and unlocked, or keep the secret in memory for this session only.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. Check that it is running and unlocked, or keep the secret in memory for this session only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vpw::session::ManualDeployment</name>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>The name is longer than %n character.</numerusform>
            <numerusform>The name is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vpw::session::ProviderAccountTest</name>
    <message numerus="yes">
        <source>The key works: Alibaba Cloud answered DescribeVpcs in %1 (%n VPC(s)).</source>
        <translation>
            <numerusform>The key works: Alibaba Cloud answered DescribeVpcs in %1 (%n VPC).</numerusform>
            <numerusform>The key works: Alibaba Cloud answered DescribeVpcs in %1 (%n VPCs).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vpw::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n new event(s): show the events of this session</source>
        <translation>
            <numerusform>%n new event: show the events of this session</numerusform>
            <numerusform>%n new events: show the events of this session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vpw::ui::ManualDeploymentsDialog</name>
    <message numerus="yes">
        <source>%n field(s) filled from the pasted text. Check them, then save.</source>
        <translation>
            <numerusform>%n field filled from the pasted text. Check it, then save.</numerusform>
            <numerusform>%n fields filled from the pasted text. Check them, then save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) imported.</source>
        <translation>
            <numerusform>%n deployment imported.</numerusform>
            <numerusform>%n deployments imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vpw::ui::PlanPage</name>
    <message numerus="yes">
        <source>An earlier Apply of this plan stopped after %n step(s); Apply continues from there.</source>
        <translation>
            <numerusform>An earlier Apply of this plan stopped after %n step; Apply continues from there.</numerusform>
            <numerusform>An earlier Apply of this plan stopped after %n steps; Apply continues from there.</numerusform>
        </translation>
    </message>
</context>
</TS>
