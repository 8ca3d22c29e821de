package org.imon.warehouse.profile;

import java.util.List;

/**
 * 对标城市组: cities the city ranks itself among, named as the benchmark feed names them — its
 * neighbours (周边地市), the province's cities (全省), the 35 large and medium cities (35个大中城市).
 * The city itself is never a member: the warehouse sets its own figure beside the members'.
 *
 * @param code    the group's key in the warehouse ({@code neighbours}, {@code province}, {@code big35})
 * @param name    how the circular names the group
 * @param members the member cities, in the profile's order
 */
public record PeerGroup(String code, String name, List<String> members) {
    /** The group the circular's headline ranks the city in: 增速居全省第N位. */
    public static final String PROVINCE = "province";
    /** The neighbouring cities of {@code peer.cities} (seed 002: 与周边地市进行对比分析). */
    public static final String NEIGHBOURS = "neighbours";
}
