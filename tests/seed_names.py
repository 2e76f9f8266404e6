"""The seed's seven project names, as the forms state them (read by hand)."""

P1 = "“一网通办”运营服务"
P2 = "上海市“一网通办”平台信息系统（2021升级改造）"
P3 = "基础设施-运维"
P4 = "上海市大数据资源平台（二期）"
P5 = "上海市政务云基础设施服务费（预付费）"
P6 = "大数据中心管理工作经费"
P7 = "数据运营服务"
