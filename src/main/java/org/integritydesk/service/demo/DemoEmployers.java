package org.integritydesk.service.demo;

import java.util.List;
import org.integritydesk.model.BusinessKind;

/**
 * Where a cadre's relative works or what they run. Firms and shops registered in Ji'an County are
 * in the bureau's jurisdiction (it licenses and inspects them: the conflict of interest the
 * declaration is about); public bodies and anything outside the county are not.
 */
final class DemoEmployers {
    /** What the family-business row says about one relative. */
    record Occupation(BusinessKind kind, String employerOrBusiness, boolean inJurisdiction, String notes) {
    }

    private static final String COUNTY = "吉安县";
    private static final List<String> TOWNS = List.of("敦厚镇", "永和镇", "桐坪镇", "固江镇", "万福镇", "横江镇",
            "油田镇", "凤凰镇", "天河镇", "官田乡", "登龙乡", "北源乡", "安塘乡", "大冲乡");
    private static final List<String> BRANDS = List.of("鑫源", "恒达", "华康", "瑞丰", "金盛", "永兴", "佳和", "富民",
            "天润", "宏发", "盛世", "顺达", "绿源", "庐陵", "井冈", "赣中");
    private static final List<String> COMPANY_TRADES = List.of("商贸有限公司", "食品有限公司", "建材有限公司",
            "农业开发有限公司", "电子科技有限公司", "物流有限公司", "医药连锁有限公司", "房地产开发有限公司");
    private static final List<String> SHOP_TRADES = List.of("超市", "餐馆", "大药房", "建材经营部", "汽车维修店", "农资店",
            "服装店", "五金店", "茶叶店", "烟酒商行");
    private static final List<String> PUBLIC_BODIES = List.of("吉安县人民医院", "吉安县中医院", "吉安县第二中学",
            "吉安县城关小学", "中国农业银行吉安县支行", "国网吉安县供电公司", "吉安县教育体育局", "吉安县农业农村局");
    private static final List<String> ELSEWHERE = List.of("吉安市吉州区", "吉安市青原区", "南昌市", "赣州市", "深圳市",
            "上海市", "广州市");
    private static final List<String> OTHER_WORK = List.of("务农", "自由职业", "灵活就业（网约车司机）");
    private static final String RECUSAL_NOTE = "已书面报告，本人在相关监管执法事项中回避";

    private final DemoRandom random;

    DemoEmployers(DemoRandom random) {
        this.random = random;
    }

    Occupation occupation() {
        int ticket = random.below(100);
        if (ticket < 55) {
            return employed();
        }
        if (ticket < 90) {
            return ownBusiness();
        }
        return new Occupation(BusinessKind.OTHER, random.pick(OTHER_WORK), false, null);
    }

    private Occupation employed() {
        int ticket = random.below(4);
        if (ticket < 2) {
            return new Occupation(BusinessKind.EMPLOYED, countyPlace() + random.pick(COMPANY_TRADES), true, null);
        }
        if (ticket == 2) {
            return new Occupation(BusinessKind.EMPLOYED, random.pick(PUBLIC_BODIES), false, null);
        }
        return new Occupation(BusinessKind.EMPLOYED,
                random.pick(ELSEWHERE) + random.pick(BRANDS) + random.pick(COMPANY_TRADES), false, null);
    }

    private Occupation ownBusiness() {
        if (random.chance(0.85)) {
            String shop = countyPlace() + random.pick(SHOP_TRADES) + "（个体工商户）";
            return new Occupation(BusinessKind.OWN_BUSINESS, shop, true, random.chance(0.5) ? RECUSAL_NOTE : null);
        }
        String shop = random.pick(ELSEWHERE) + random.pick(BRANDS) + random.pick(SHOP_TRADES) + "（个体工商户）";
        return new Occupation(BusinessKind.OWN_BUSINESS, shop, false, null);
    }

    /** e.g. 吉安县永和镇佳和 */
    private String countyPlace() {
        return COUNTY + random.pick(TOWNS) + random.pick(BRANDS);
    }
}
