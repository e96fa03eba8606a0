package io.lodestar.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Realistic, unique names for one demo company, each with an ASCII pinyin e-mail local part
 * ({@code given.surname}, as many Chinese companies do). Deterministic for a given {@link Random}:
 * the same seed gives the same people, so screenshots and tests stay stable.
 */
final class NamePool {

	/** A person's display name and the local part of their e-mail address. */
	record PersonName(String name, String emailLocalPart) {
	}

	private record Syllables(String hanzi, String pinyin) {
	}

	/** Common surnames, most frequent first (they are drawn more often). */
	private static final List<Syllables> SURNAMES = parse("""
			王 wang, 李 li, 张 zhang, 刘 liu, 陈 chen, 杨 yang, 黄 huang, 赵 zhao, 吴 wu, 周 zhou, 徐 xu, 孙 sun,
			马 ma, 朱 zhu, 胡 hu, 郭 guo, 何 he, 高 gao, 林 lin, 罗 luo, 郑 zheng, 梁 liang, 谢 xie, 宋 song,
			唐 tang, 许 xu, 韩 han, 冯 feng, 邓 deng, 曹 cao, 彭 peng, 曾 zeng, 肖 xiao, 田 tian, 董 dong, 袁 yuan,
			潘 pan, 于 yu, 蒋 jiang, 蔡 cai, 余 yu, 杜 du, 叶 ye, 程 cheng, 苏 su, 魏 wei, 吕 lv, 丁 ding, 任 ren,
			沈 shen, 姚 yao, 卢 lu, 姜 jiang, 崔 cui, 钟 zhong, 谭 tan, 陆 lu, 汪 wang, 范 fan, 金 jin, 石 shi,
			廖 liao, 贾 jia, 夏 xia, 韦 wei, 方 fang, 白 bai, 邹 zou, 孟 meng, 熊 xiong, 秦 qin, 邱 qiu, 江 jiang,
			尹 yin, 薛 xue, 段 duan, 雷 lei, 侯 hou, 龙 long, 史 shi, 陶 tao, 贺 he, 顾 gu, 毛 mao, 郝 hao, 龚 gong,
			邵 shao, 万 wan, 钱 qian, 严 yan, 武 wu, 戴 dai, 孔 kong, 汤 tang""");

	private static final List<Syllables> SINGLE_GIVEN = parse("""
			伟 wei, 芳 fang, 娜 na, 敏 min, 静 jing, 丽 li, 强 qiang, 磊 lei, 军 jun, 洋 yang, 勇 yong, 艳 yan,
			杰 jie, 娟 juan, 涛 tao, 明 ming, 超 chao, 霞 xia, 平 ping, 刚 gang, 辉 hui, 鹏 peng, 华 hua, 飞 fei,
			鑫 xin, 波 bo, 斌 bin, 宇 yu, 浩 hao, 凯 kai, 健 jian, 帆 fan, 旭 xu, 宁 ning, 琳 lin, 颖 ying,
			倩 qian, 婷 ting, 雪 xue, 慧 hui, 晨 chen, 峰 feng, 亮 liang, 毅 yi, 琪 qi, 璐 lu, 蕾 lei, 瑶 yao,
			昊 hao, 楠 nan, 丹 dan, 燕 yan, 红 hong, 玲 ling, 博 bo, 彬 bin, 悦 yue, 萌 meng, 坤 kun, 嘉 jia""");

	private static final List<Syllables> DOUBLE_GIVEN = parse("""
			建国 jianguo, 建华 jianhua, 建军 jianjun, 建平 jianping, 建新 jianxin, 志强 zhiqiang, 志明 zhiming,
			志刚 zhigang, 志伟 zhiwei, 志远 zhiyuan, 海涛 haitao, 海燕 haiyan, 海波 haibo, 海峰 haifeng,
			海龙 hailong, 秀英 xiuying, 秀兰 xiulan, 秀梅 xiumei, 桂英 guiying, 丽娟 lijuan, 丽华 lihua,
			丽萍 liping, 晓明 xiaoming, 晓东 xiaodong, 晓燕 xiaoyan, 晓丽 xiaoli, 晓婷 xiaoting, 晓峰 xiaofeng,
			晓光 xiaoguang, 晓雯 xiaowen, 小红 xiaohong, 小军 xiaojun, 国强 guoqiang, 国华 guohua, 国庆 guoqing,
			国栋 guodong, 永刚 yonggang, 永辉 yonghui, 文杰 wenjie, 文静 wenjing, 文博 wenbo, 文华 wenhua,
			俊杰 junjie, 俊峰 junfeng, 俊宇 junyu, 子涵 zihan, 子轩 zixuan, 子豪 zihao, 梓萱 zixuan, 浩然 haoran,
			浩宇 haoyu, 宇轩 yuxuan, 宇航 yuhang, 雨涵 yuhan, 雨萱 yuxuan, 欣怡 xinyi, 心怡 xinyi, 诗涵 shihan,
			思远 siyuan, 思琪 siqi, 思雨 siyu, 一鸣 yiming, 一诺 yinuo, 嘉怡 jiayi, 嘉欣 jiaxin, 佳琪 jiaqi,
			梦瑶 mengyao, 梦琪 mengqi, 雅婷 yating, 雅琴 yaqin, 婉清 wanqing, 明轩 mingxuan, 明辉 minghui,
			天宇 tianyu, 天佑 tianyou, 泽宇 zeyu, 博文 bowen, 鹏飞 pengfei, 云飞 yunfei, 振华 zhenhua,
			振宇 zhenyu, 立新 lixin, 立伟 liwei, 立群 liqun, 红梅 hongmei, 春梅 chunmei, 雪梅 xuemei,
			冬梅 dongmei, 玉兰 yulan, 玉梅 yumei, 凤英 fengying, 凤兰 fenglan, 淑珍 shuzhen, 金凤 jinfeng,
			德明 deming, 卫东 weidong, 卫国 weiguo, 新华 xinhua, 家豪 jiahao, 家乐 jiale, 若曦 ruoxi, 安琪 anqi,
			晨曦 chenxi, 昊天 haotian, 宏伟 hongwei, 宏亮 hongliang, 少华 shaohua, 庆华 qinghua, 春华 chunhua,
			秋月 qiuyue, 美玲 meiling, 慧敏 huimin, 慧琳 huilin, 静怡 jingyi, 亚楠 yanan, 瑞祥 ruixiang,
			学军 xuejun, 爱华 aihua, 成刚 chenggang, 锦程 jincheng""");

	private final Random random;

	private final Set<String> names = new HashSet<>();

	private final Set<String> localParts = new HashSet<>();

	NamePool(Random random) {
		this.random = random;
	}

	/** A new Chinese name (about a third with a one-character given name) not yet used in this company. */
	PersonName next() {
		while (true) {
			// squaring skews the draw towards the common surnames at the front of the list
			double skew = random.nextDouble();
			Syllables surname = SURNAMES.get((int) (skew * skew * SURNAMES.size()));
			List<Syllables> pool = random.nextInt(3) == 0 ? SINGLE_GIVEN : DOUBLE_GIVEN;
			Syllables given = pool.get(random.nextInt(pool.size()));
			String name = surname.hanzi() + given.hanzi();
			if (names.add(name)) {
				return new PersonName(name, localPart(given.pinyin() + "." + surname.pinyin()));
			}
		}
	}

	/** An English name, as some staff of international companies use at work ("David Chen"). */
	PersonName english(String given, String surname) {
		String name = given + " " + surname;
		if (!names.add(name)) {
			throw new IllegalArgumentException("demo name used twice: " + name);
		}
		return new PersonName(name, localPart((given + "." + surname).toLowerCase(Locale.ROOT)));
	}

	/** Two people whose pinyin is the same (张伟 and 章玮) get wei.zhang and wei.zhang2, as mail servers do. */
	private String localPart(String base) {
		String candidate = base;
		for (int n = 2; !localParts.add(candidate); n++) {
			candidate = base + n;
		}
		return candidate;
	}

	private static List<Syllables> parse(String pairs) {
		return java.util.Arrays.stream(pairs.split(","))
			.map(String::strip)
			.map(pair -> pair.split("\\s+"))
			.map(parts -> new Syllables(parts[0], parts[1]))
			.toList();
	}

}
