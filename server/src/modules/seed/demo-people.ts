import { createRng } from '../region/demo-geography';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建华文斌晶晨浩宇欣怡子涵梓轩佳琪嘉怡俊杰思远海燕建国志强丹丹雪梅';

/** Deterministic Chinese names and mobile numbers for demo accounts. */
export function demoPeople(seed = 7) {
  const rand = createRng(seed);
  const pick = (s: string) => Array.from(s)[Math.floor(rand() * Array.from(s).length)];
  return {
    name: () => pick(SURNAMES) + pick(GIVEN) + (rand() < 0.6 ? pick(GIVEN) : ''),
    phone: () => `1${['39', '58', '37', '86', '59', '88'][Math.floor(rand() * 6)]}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
  };
}
