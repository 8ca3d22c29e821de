package org.imon.etl.sample;

import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Chinese company names of the form 地名 + 字号 + 行业 + 组织形式, each used once. */
final class EnterpriseNames {
    private static final String[] BRAND_FIRST = {"瑞", "森", "众", "远", "金", "华", "恒", "鑫", "宏", "泰", "嘉", "盛",
            "永", "中", "天", "德", "润", "万", "丰", "信", "亿", "新", "东", "银", "长", "海", "国", "汇", "龙", "博"};
    private static final String[] BRAND_SECOND = {"丰", "源", "通", "达", "昌", "隆", "安", "成", "发", "兴", "利", "鼎",
            "泽", "辉", "宇", "诚", "禾", "瑞", "阳", "光", "茂", "峰", "航", "越", "创", "晟", "力", "合", "骏", "豪"};
    private static final String[] FORMS = {"有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"};
    private static final Map<String, String[]> TRADES = Map.ofEntries(
            Map.entry("13", new String[] {"食品", "粮油", "面业", "肉类食品"}),
            Map.entry("14", new String[] {"食品", "乳业", "调味品"}),
            Map.entry("15", new String[] {"酒业", "饮品"}),
            Map.entry("16", new String[] {"卷烟厂"}),
            Map.entry("17", new String[] {"纺织", "棉纺"}),
            Map.entry("18", new String[] {"服饰", "制衣"}),
            Map.entry("19", new String[] {"箱包", "皮革制品", "鞋业"}),
            Map.entry("24", new String[] {"发制品", "工艺品"}),
            Map.entry("25", new String[] {"焦化", "煤化工"}),
            Map.entry("26", new String[] {"化工", "精细化工"}),
            Map.entry("27", new String[] {"药业", "生物制药"}),
            Map.entry("29", new String[] {"塑业", "橡胶制品"}),
            Map.entry("30", new String[] {"建材", "新型建材", "耐火材料"}),
            Map.entry("31", new String[] {"钢铁", "特钢"}),
            Map.entry("32", new String[] {"铝业", "再生金属", "铜业"}),
            Map.entry("33", new String[] {"金属制品", "五金"}),
            Map.entry("34", new String[] {"机械", "重工", "电梯"}),
            Map.entry("35", new String[] {"装备", "机械设备"}),
            Map.entry("36", new String[] {"汽车部件", "汽车零部件", "车桥"}),
            Map.entry("38", new String[] {"电气", "电力设备", "电缆"}),
            Map.entry("39", new String[] {"电子", "智能科技"}),
            Map.entry("42", new String[] {"再生资源", "资源利用"}),
            Map.entry("44", new String[] {"电力", "热电"}));

    private final Random random;
    private final Set<String> used = new HashSet<>();

    EnterpriseNames(Random random) {
        this.random = random;
    }

    String next(String place, String division) {
        String[] trades = TRADES.getOrDefault(division, new String[] {"实业"});
        for (int attempt = 0; ; attempt++) {
            String brand = pick(BRAND_FIRST) + pick(BRAND_SECOND);
            String name = place + brand + (attempt > 20 ? pick(BRAND_SECOND) : "") + pick(trades) + pick(FORMS);
            if (used.add(name)) {
                return name;
            }
        }
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
