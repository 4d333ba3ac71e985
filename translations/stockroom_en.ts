<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Stockroom::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n operation(s) waiting to be sent</source>
        <translation>
            <numerusform>%n operation waiting to be sent</numerusform>
            <numerusform>%n operations waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back online. %n operation(s) typed while offline were sent.</source>
        <translation>
            <numerusform>Back online. %n operation typed while offline was sent.</numerusform>
            <numerusform>Back online. %n operations typed while offline were sent.</numerusform>
        </translation>
    </message>
</context>
</TS>
