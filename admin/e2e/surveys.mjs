// Browser test of the console's surveys: build one with every question type, publish it, let two residents
// answer through the API, then read the results page and the Excel export.
// Run: node admin/e2e/surveys.mjs (BASE_URL defaults to http://127.0.0.1:7001; needs the built server for the xlsx reader).
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { api, assert, BASE_URL, run, shot } from '../../scripts/e2e-lib.mjs';
import { ADMIN, apiLogin, loginAs, ROWS, withPage } from './lib.mjs';
import { readXlsx } from '../../server/dist/common/xlsx.js';

const TITLE = `居民议事问卷 ${Date.now() % 100000}`;
const TEXTS = ['希望增加非机动车停车位', '三号楼楼道灯坏了'];
let surveyId;

/** A resident whose latest report lies in the community of `grid`: that is what makes it their community. */
async function residentIn(openid, grid) {
  const login = await api('POST', '/api/auth/wechat-login', { body: { code: `demo:${openid}` } });
  assert(login.success, `wechat login ${openid}: ${login.errorMessage}`);
  const token = login.data.token;
  const res = await fetch(`${BASE_URL}/api/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
    body: JSON.stringify({ categoryCode: 'ROAD_PARKING', description: '小区门口车辆乱停放', lng: grid.center[0], lat: grid.center[1] }),
  });
  assert(res.status === 201, `report as ${openid}: ${res.status}`);
  return token;
}

async function fill(page, id, value) {
  await page.locator(`#${id}`).fill(String(value));
}

/** Adds a question of a type with its title; returns its index. */
async function addQuestion(page, type, index, title) {
  await page.locator(`[data-testid=add-${type}]`).click();
  await page.locator(`[data-testid=question-${index}]`).waitFor();
  await fill(page, `survey_questions_${index}_title`, title);
}

const tests = [
  ['community1 builds a survey with every question type and publishes it', () =>
    withPage(async (page) => {
      await loginAs(page, 'community1');
      await page.goto(`${ADMIN}/surveys`);
      await page.getByRole('button', { name: /新建问卷/ }).click();
      await page.waitForURL(/\/admin\/surveys\/new/);

      // the shared check of @linli/config runs before anything is sent
      await page.locator('[data-testid=save-publish]').click();
      const alert = page.locator('[data-testid=survey-error]');
      await alert.waitFor();
      assert((await alert.innerText()).includes('第 1 题的题目不能为空'), `client check: ${await alert.innerText()}`);

      await fill(page, 'survey_title', TITLE);
      await fill(page, 'survey_description', '请各位居民如实填写');
      const { user } = await apiLogin('community1');
      await page.locator('[data-testid=survey-regions]').click();
      await page.locator('.ant-select-tree-treenode', { hasText: user.scope.regionName }).locator('.ant-select-tree-checkbox').click();
      await page.keyboard.press('Escape');
      await page.locator('[data-testid=survey-public]').click();

      // single choice: three options, the third moved up to second place
      await fill(page, 'survey_questions_0_title', '您对小区环境满意吗');
      await fill(page, 'survey_questions_0_options_0', '满意');
      await fill(page, 'survey_questions_0_options_1', '不满意');
      await page.locator('[data-testid=question-0-options]').getByRole('button', { name: '添加选项' }).click();
      await fill(page, 'survey_questions_0_options_2', '一般');
      await page.locator('[data-testid=question-0-options]').getByRole('button', { name: '选项上移' }).nth(2).click();

      await addQuestion(page, 'multiple', 1, '您希望增加哪些设施');
      await fill(page, 'survey_questions_1_options_0', '健身器材');
      await fill(page, 'survey_questions_1_options_1', '充电桩');
      await addQuestion(page, 'text', 2, '其他建议');
      await page.locator('#survey_questions_2_required').click(); // optional
      await addQuestion(page, 'rating', 3, '物业服务评分');
      await addQuestion(page, 'number', 4, '家庭常住人口');
      await fill(page, 'survey_questions_4_min', 1);
      await fill(page, 'survey_questions_4_max', 20);
      await addQuestion(page, 'date', 5, '方便上门走访的日期');
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, 'admin-survey-builder');
      await page.locator('[data-testid=question-3]').scrollIntoViewIfNeeded();
      await shot(page, 'admin-survey-builder-questions');

      await page.locator('[data-testid=save-publish]').click();
      await page.waitForURL(/\/admin\/surveys\/\d+\/results/);
      surveyId = Number(/surveys\/(\d+)\/results/.exec(page.url())[1]);
      await page.locator('[data-testid=survey-responses]').waitFor();

      const { token } = await apiLogin('community1');
      const s = await api('GET', `/api/admin/surveys/${surveyId}`, { token });
      assert(s.data.status === 'published' && s.data.resultsPublic && !s.data.anonymous, `published: ${JSON.stringify(s.data).slice(0, 200)}`);
      assert(s.data.questions.map((q) => q.type).join() === 'single,multiple,text,rating,number,date', 'question types in order');
      assert(s.data.questions[0].options.map((o) => o.label).join() === '满意,一般,不满意', `option order: ${JSON.stringify(s.data.questions[0].options)}`);
      assert(s.data.questions[2].required === false && s.data.questions[4].max === 20, 'required flag and number range kept');
      assert(s.data.targets.length === 1 && s.data.targets[0].name === user.scope.regionName, 'target = community1');
    })],

  ['two residents answer; the results page counts them and the Excel export holds their answers', () =>
    withPage(async (page) => {
      assert(surveyId, 'the survey of the first test');
      const { token } = await apiLogin('community1');
      const grids = await api('GET', '/api/admin/grids?page=1&pageSize=1', { token });
      const grid = (await api('GET', `/api/admin/grids/${grids.data.items[0].id}`, { token })).data;
      const answers = [
        { q1: 'o1', q2: ['o1', 'o2'], q3: TEXTS[0], q4: 5, q5: 3, q6: '2026-06-01' },
        { q1: 'o2', q2: ['o2'], q3: TEXTS[1], q4: 3, q5: 4, q6: '2026-06-15' },
      ];
      for (const [i, openid] of ['demo-resident-17', 'demo-resident-18'].entries()) {
        const resident = await residentIn(openid, grid);
        const r = await api('POST', `/api/surveys/${surveyId}/responses`, { token: resident, body: { answers: answers[i] } });
        assert(r.status === 201, `answer ${openid}: ${r.status} ${r.errorField ?? ''} ${r.errorMessage ?? ''}`);
      }

      await loginAs(page, 'community1');
      await page.goto(`${ADMIN}/surveys/${surveyId}/results`);
      await page.locator('[data-testid=survey-responses]').getByText('2', { exact: true }).waitFor();
      const q1 = page.locator('[data-testid=result-q1]');
      await q1.locator('canvas').first().waitFor();
      const q1Text = await q1.innerText();
      for (const expected of ['作答 2 人', '满意', '一般', '50%']) assert(q1Text.includes(expected), `q1 card lacks ${expected}: ${q1Text}`);
      const q2Rows = await page.locator('[data-testid=result-q2]').locator(ROWS).allInnerTexts();
      assert(q2Rows.some((r) => /充电桩\s+2\s+100%/.test(r)), `multiple-choice counts: ${q2Rows.join(' | ')}`);
      const rating = await page.locator('[data-testid=result-q4]').innerText();
      assert(/平均分\s*4\s*分/.test(rating), `rating average 4: ${rating}`);
      const texts = await page.locator('[data-testid=texts-q3]').innerText();
      for (const t of TEXTS) assert(texts.includes(t), `free text ${t} listed`);
      await shot(page, 'admin-survey-results');
      if (process.env.SHOT_FULL) await page.screenshot({ path: process.env.SHOT_FULL, fullPage: true });

      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=survey-export]').click()]);
      assert(/\.xlsx$/.test(download.suggestedFilename()), `file name: ${download.suggestedFilename()}`);
      const book = readXlsx(fs.readFileSync(await download.path()));
      const [header, ...rows] = book.get('答卷');
      assert(header.includes('1. 您对小区环境满意吗') && header.includes('昵称'), `header: ${header.join(',')}`);
      assert(rows.length === 2, `rows: ${rows.length}`);
      const cells = rows.flat();
      for (const expected of [...TEXTS, '健身器材、充电桩', '满意', '一般', '2026-06-15']) assert(cells.includes(expected), `export lacks ${expected}: ${cells.join(',')}`);
      assert(book.get('统计').some((r) => r[3] === '充电桩' && r[4] === '2'), 'summary counts');
    })],

  ['another community sees neither the survey in its list nor its results', () =>
    withPage(async (page) => {
      const { token } = await apiLogin('community2');
      const r = await api('GET', `/api/admin/surveys/${surveyId}/results`, { token });
      assert(r.status === 404, `results outside scope: ${r.status}`);
      await loginAs(page, 'community2');
      await page.goto(`${ADMIN}/surveys`);
      await page.locator('.ant-table-tbody').waitFor();
      await page.waitForLoadState('networkidle');
      const body = await page.locator('.ant-table-tbody').innerText();
      assert(!body.includes(TITLE), 'community2 lists community1\'s survey');
      await page.goto(`${ADMIN}/surveys/${surveyId}/results`);
      await page.getByText('内容不存在或无权查看').waitFor();
    })],
];

await run('console surveys', tests);
