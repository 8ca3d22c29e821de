package org.imon.etl.load;

import static org.imon.etl.load.LandingLoadTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.validate.CreditCode;
import org.imon.etl.validate.RejectReason;

/**
 * The 战略性新兴产业企业库 as the commission sends it (GB18030, a title row, categories by name or
 * number): three good rows and one bad row per check, each set aside with its file, row, column and
 * reason; the good rows published with their category as its number.
 */
@Tag("slow")
class SeiRegisterLoadTest {
    private static final String FILE = "sei_register/2024/2024年战略性新兴产业企业库.csv";

    @TempDir
    Path home;

    private static String code(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    @Test
    void everyBadRowIsQuarantinedWithItsReasonAndTheGoodOnesLoad() throws Exception {
        String a = code("91411002MA0000001");
        String b = code("91411082MA0000002");
        String c = code("91411081MA0000003");
        String d = code("91411003MA0000004");
        write(home.resolve("landing/" + FILE), "许昌市2024年战略性新兴产业企业库\n"
                + "统一社会信用代码,企业名称,所属领域\n"
                // line 3 to 5: good, the category by its name, its short name or its number
                + a + ",许昌甲电气有限公司,新能源产业\n"
                + b + ",长葛乙装备有限公司,高端装备制造\n"
                + c + ",禹州丙药业有限公司,4\n"
                // line 6 to 9: one problem each
                + d + ",建安丁科技有限公司,人工智能产业\n"
                + d + ",建安丁科技有限公司,10\n"
                + "91411003MA00000040,建安戊材料有限公司,新材料产业\n"
                + a + ",许昌甲电气有限公司,新能源产业\n",
                Charset.forName("GB18030"));

        LandingLoad.Result result = LoadHomes.load(home, "register");

        FeedLoadReport report = result.feed("sei_register");
        assertEquals(7, report.rowsRead());
        assertEquals(3, report.rowsPublished());
        Map<Long, List<Object>> rejected = LoadHomes.rejectionsByRow(report);
        assertEquals(Map.of(
                6L, List.of(FILE, "战略性新兴产业类别", RejectReason.UNKNOWN_SEI_CATEGORY),
                7L, List.of(FILE, "战略性新兴产业类别", RejectReason.UNKNOWN_SEI_CATEGORY),
                8L, List.of(FILE, "统一社会信用代码", RejectReason.BAD_CREDIT_CODE),
                9L, List.of(FILE, "统一社会信用代码", RejectReason.DUPLICATE_ROW)), rejected);
        assertEquals("不是战略性新兴产业分类（2018）的九个类别之一（应为 1-9 或类别名称）",
                LoadHomes.rejectionMessage(report, 6));

        List<Row> published = LoadHomes.published(result, "fact_sei_register")
                .orderBy("category_code").collectAsList();
        assertEquals(List.of(List.of(2024, b, 2), List.of(2024, c, 4), List.of(2024, a, 6)),
                published.stream().map(r -> List.of(r.getAs("year"), r.getAs("credit_code"), r.getAs("category_code")))
                        .toList());
    }
}
