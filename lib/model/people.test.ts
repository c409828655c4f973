import { describe, expect, it } from 'vitest';
import { nameFromAddress, personName } from './people';

describe('nameFromAddress', () => {
  it.each([
    ['wang.fang@acme-logistics.com', 'Wang Fang'],
    ['Li.Wei@acme.com', 'Li Wei'],
    ['LI_WEI@acme.com', 'Li Wei'],
    ['zhang-san@js-telecom.cn', 'Zhang San'],
    ['john.smith+newsletter@example.com', 'John Smith'],
    ['wang.fang2@acme.com', 'Wang Fang'],
    ['li.wei.1987@163.com', 'Li Wei'],
    ['zhangsan@qq.com', 'Zhangsan'],
    ['sales@acme.com', 'Sales'],
    ['10086@139.com', '10086'],
    ['o.brien@x.ie', 'O Brien'],
    ['wang.fang', 'Wang Fang'],
    ['', ''],
  ])('%j → %j', (address, name) => {
    expect(nameFromAddress(address)).toBe(name);
  });
});

describe('personName', () => {
  it.each([
    ['Wang Fang', 'wang.fang@acme.com', 'Wang Fang'],
    ['王芳', 'wang.fang@acme.com', '王芳'],
    ['"Li, Wei"', 'li.wei@acme.com', 'Li, Wei'],
    ["  'Zhang   San'  ", 'zs@acme.com', 'Zhang San'],
    ['', 'wang.fang@acme.com', 'Wang Fang'],
    ['  ', 'wang.fang@acme.com', 'Wang Fang'],
    ['wang.fang@acme.com', 'wang.fang@acme.com', 'Wang Fang'],
  ])('%j <%s> → %j', (display, address, name) => {
    expect(personName(display, address)).toBe(name);
  });
});
