// The knowledge Q&A on a course page against the real e2e server (M7): a question the demo FAQ of
// 数控加工工艺与编程 answers (cited, with resource links), a question it declines (login link for an
// anonymous viewer, posting for a signed-in one), and the FAQ list with 更多.
import { expect, test, type Page } from '@playwright/test';
import { loginAs } from './studio-helpers';

const COURSE = '数控加工工艺与编程';

async function openCourse(page: Page) {
  const answer = await page.request.get('/graphql/', { params: { query: '{ major { courses { id name } } }' } });
  expect(answer.ok()).toBeTruthy();
  const { data } = (await answer.json()) as { data: { major: { courses: { id: string; name: string }[] } } };
  const course = data.major.courses.find((c) => c.name === COURSE);
  expect(course, `${COURSE} in the demo major`).toBeTruthy();
  await page.goto(`/courses/${course!.id}`);
  await expect(page.getByTestId('course-name')).toHaveText(COURSE);
  const section = page.getByTestId('course-knowledge-qa');
  await section.scrollIntoViewIfNeeded();
  return section;
}

async function ask(page: Page, question: string) {
  await page.getByTestId('qa-input').fill(question);
  await page.getByTestId('qa-ask').click();
}

test('a learner gets a cited answer, a decline with a login link, and the FAQ list', async ({ page, isMobile }, info) => {
  const section = await openCourse(page);
  await expect(page.getByRole('heading', { level: 2, name: '知识问答' })).toBeVisible();

  await ask(page, 'G00 和 G01 到底有啥区别');
  const answer = section.getByTestId('qa-answer');
  await expect(answer.getByTestId('qa-matched-question')).toContainText('G00');
  await expect(answer.getByTestId('qa-answer-text')).not.toBeEmpty();
  await expect(answer.getByTestId('qa-points')).toBeVisible();
  await expect(answer.getByTestId('qa-sources')).toContainText('来源');
  const link = answer.getByTestId('qa-resource-link').first();
  await expect(link).toHaveAttribute('href', /^\/resources\/\d+$/);
  await page.locator('#knowledge-qa').screenshot({ path: info.outputPath(`course-qa-${isMobile ? 390 : 1280}.png`) });

  await ask(page, '期末考试什么时候');
  const declined = section.getByTestId('qa-declined');
  await expect(declined).toBeVisible();
  await expect(declined.getByTestId('qa-login').getByRole('link')).toHaveAttribute('href', /^\/login\?next=/);
  await expect(declined.getByTestId('qa-post')).toHaveCount(0);

  // The demo FAQ has 12 entries; answers the course team adds to it (course-qa-answer.spec) come on top.
  const faq = section.getByTestId('course-faq');
  await expect(faq.getByTestId('faq-question')).toHaveCount(10);
  const total = Number(/（(\d+)）/.exec((await faq.getByRole('heading').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThanOrEqual(12);
  await faq.getByTestId('faq-more').click();
  await expect(faq.getByTestId('faq-question')).toHaveCount(Math.min(total, 20));
  await faq.getByTestId('faq-question').first().click();
  await expect(faq.getByTestId('faq-answer').first()).toBeVisible();
  await page.locator('#knowledge-qa').screenshot({ path: info.outputPath(`course-qa-declined-${isMobile ? 390 : 1280}.png`) });

});

test('a signed-in learner posts a declined question to the course Q&A', async ({ page }) => {
  await loginAs(page, 'learner');
  const section = await openCourse(page);
  await ask(page, `期末考试什么时候 ${Date.now().toString(36)}`);
  const declined = section.getByTestId('qa-declined');
  await declined.getByTestId('qa-post').click();
  await expect(section.getByTestId('qa-posted')).toBeVisible();
});

test('a question holding a blocked sensitive word is refused at the question box (C12)', async ({ page, isMobile }, info) => {
  // 刷单返利 is a blocked word of the demo list (fixtures/demo/sensitive_words.txt); nothing is stored.
  await loginAs(page, 'learner');
  const section = await openCourse(page);
  const question = `刷单返利的期末考试什么时候 ${Date.now().toString(36)}`;
  await ask(page, question);
  await section.getByTestId('qa-declined').getByTestId('qa-post').click();
  const refused = section.getByTestId('qa-refused');
  await expect(refused).toContainText('刷单返利');
  await expect(page.getByTestId('qa-input')).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByTestId('qa-posted')).toHaveCount(0);
  await expect(section.getByTestId('my-question').filter({ hasText: question })).toHaveCount(0);
  await page.locator('#knowledge-qa').screenshot({ path: info.outputPath(`course-qa-refused-${isMobile ? 390 : 1280}.png`) });
  // editing the question clears the refusal
  await page.getByTestId('qa-input').fill('期末考试什么时候');
  await expect(refused).toHaveCount(0);
});
