package org.imon.etl.validate;

/**
 * Why a landing row or file was not published. Each reason carries the message an analyst reads in
 * the quarantine file.
 */
public enum RejectReason {
    UNDECODABLE_FILE("文件编码无法识别（既不是 UTF-8 也不是 GB18030）"),
    UNREADABLE_FILE("文件无法读取"),
    MISSING_COLUMNS("文件缺少必需的列"),
    BAD_PERIOD("目录名不是本数据项的报告期"),
    MISSING_VALUE("必填项为空"),
    BAD_CREDIT_CODE("统一社会信用代码校验位错误或格式不符（GB 32100）"),
    UNKNOWN_REGION("行政区划代码不属于本市或在该年份未启用"),
    UNKNOWN_INDUSTRY("行业代码不是 GB/T 4754-2017 工业（B、C、D 门类）小类代码"),
    UNKNOWN_INDUSTRY_DIVISION("行业代码不是 GB/T 4754-2017 工业门类（B、C、D）或其大类（两位数）代码"),
    UNKNOWN_SEI_CATEGORY("不是战略性新兴产业分类（2018）的九个类别之一（应为 1-9 或类别名称）"),
    UNKNOWN_INDUSTRY_NAME("行业名称不是 GB/T 4754-2017 工业门类或大类的名称，也不在行业名称同义表中"),
    NOT_A_NUMBER("不是有效数值"),
    NEGATIVE_AMOUNT("该指标不能为负数"),
    BAD_VALUE("取值不在允许范围内"),
    SHARE_OUT_OF_RANGE("比重应在 0 到 100 之间"),
    PART_EXCEEDS_WHOLE("分项大于总量"),
    DATE_ORDER("日期先后颠倒"),
    DATE_AFTER_FOLDER("日期晚于文件所属月份的月末"),
    MISSING_FOR_STATUS("按该行的办理状态此项必须填写"),
    MISSING_WITHOUT_OTHER("未填写另一项时此项必须填写"),
    MISSING_WITH_OTHER("填写另一项时此项必须填写"),
    FILLED_FOR_STATUS("按该行的办理状态此项应为空"),
    YTD_DECREASED("本年累计值低于同一企业上一期的累计值"),
    DUPLICATE_ROW("同一报告期的同一版本（原报或同一次更正）中同一主键出现多次");

    private final String message;

    RejectReason(String message) {
        this.message = message;
    }

    /** 中文说明, written into the quarantine file beside the reason code. */
    public String message() {
        return message;
    }
}
