package org.integritydesk.model;

import java.util.List;

/**
 * The cadre fields a roster column can be mapped to, with the header names Chinese rosters use for
 * them. {@link #GENDER} and {@link #BIRTH_DATE} are not stored (the ID number holds both): a
 * roster's values are checked against the ID number instead.
 */
public enum ImportField implements Labelled {
    NAME(true, false, "姓名", "名字", "干部姓名", "name"),
    ID_NUMBER(true, false, "身份证号", "身份证号码", "公民身份号码", "公民身份证号码", "身份证", "证件号码", "id number"),
    UNIT(true, false, "单位", "所在单位", "工作单位", "单位名称", "单位代码", "所在部门", "部门", "unit"),
    POSITION(true, false, "职务", "现任职务", "职务名称", "职位", "position"),
    CATEGORY(true, false, "干部类别", "人员类别", "类别", "category"),
    STATUS(false, false, "状态", "在职状态", "人员状态", "status"),
    GENDER(false, false, "性别", "gender"),
    BIRTH_DATE(false, true, "出生日期", "出生年月", "出生时间", "生日", "birth date"),
    ETHNICITY(false, false, "民族", "ethnicity"),
    POLITICAL_STATUS(false, false, "政治面貌", "political status"),
    EDUCATION(false, false, "学历", "文化程度", "最高学历", "education"),
    IMPORTANT_POSITION(false, false, "重要岗位", "是否重要岗位", "important position"),
    MOBILE(false, false, "手机", "手机号", "手机号码", "移动电话", "联系电话", "电话", "mobile"),
    WORK_START_DATE(false, true, "参加工作时间", "参加工作日期", "参加工作年月", "工作时间", "work start date"),
    APPOINTMENT_DATE(false, true, "任职时间", "任现职时间", "任现职务时间", "任职日期", "任职年月", "appointment date"),
    NOTES(false, false, "备注", "说明", "notes");

    private final boolean required;
    private final boolean date;
    private final List<String> headers;

    ImportField(boolean required, boolean date, String... headers) {
        this.required = required;
        this.date = date;
        this.headers = List.of(headers);
    }

    /** A row without a value here is rejected (status alone falls back to 在职). */
    public boolean required() {
        return required;
    }

    /** The column holds dates. */
    public boolean isDate() {
        return date;
    }

    /** Header names that suggest this field, the most usual first. */
    public List<String> headers() {
        return headers;
    }

    @Override
    public String messageKey() {
        return "enum.importField." + name();
    }
}
