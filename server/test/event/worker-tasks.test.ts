import { useApp } from '../app';
import { gridOf, people, photo } from './helpers';

/** Worker mode in the mini-program: the grid worker's inbox (待办) and what left their hands (已办). */
describe('worker tasks', () => {
  const t = useApp();
  const ids = (r: { data: { items: { id: number }[] } }) => r.data.items.map((e) => e.id);

  it('待办 holds what is assigned to me, most urgent first; 已办 what I handled or passed on', async () => {
    const p = people(t);
    const resident = await p.wechat('demo-resident-11');
    const g = await gridOf(t, 3, 2);
    const worker = await p.wechat(g.workerOpenid);
    const report = async (d: string) => (await p.report(resident, { categoryCode: 'ENV_GARBAGE', description: d, lng: g.lng, lat: g.lat })).data.id as number;
    const [a, b, c] = [await report('楼道堆放杂物一'), await report('楼道堆放杂物二'), await report('楼道堆放杂物三')];

    const todo = await p.call('GET', '/api/events/tasks', { token: worker, query: { pageSize: 100 } });
    expect(todo.status).toBe(200);
    expect(ids(todo)).toEqual(expect.arrayContaining([a, b, c]));
    const first = todo.data.items.find((e: { id: number }) => e.id === a);
    // the staff view: what the worker may do now, the running deadline and its warning colour
    expect(first).toMatchObject({ status: 'assigned', warning: 'green', actions: expect.arrayContaining(['accept', 'return', 'escalate']) });
    expect(first.signDeadline).toBeTruthy();
    const due = todo.data.items.map((e: { signDeadline: string | null; handleDeadline: string | null; status: string }) => (e.status === 'assigned' ? e.signDeadline : e.handleDeadline));
    expect([...due].sort()).toEqual(due);

    await p.call('POST', `/api/events/${a}/actions`, { token: worker, body: { action: 'accept' } });
    await p.call('POST', `/api/events/${a}/actions`, { token: worker, body: { action: 'handle', note: '已清理', photos: [await photo(t, worker)] } });
    await p.call('POST', `/api/events/${b}/actions`, { token: worker, body: { action: 'return', note: '不属于本网格' } });
    const after = await p.call('GET', '/api/events/tasks', { token: worker, query: { pageSize: 100 } });
    expect(ids(after)).toContain(c);
    expect(ids(after)).not.toContain(a);
    expect(ids(after)).not.toContain(b);
    const done = await p.call('GET', '/api/events/tasks', { token: worker, query: { tab: 'done', pageSize: 100 } });
    expect(ids(done)).toEqual(expect.arrayContaining([a, b]));
    expect(ids(done)).not.toContain(c);
    expect(done.data.items.find((e: { id: number }) => e.id === a).status).toBe('handled');

    // another grid's worker sees none of it
    const other = await p.wechat((await gridOf(t, 4, 1)).workerOpenid);
    const theirs = await p.call('GET', '/api/events/tasks', { token: other, query: { pageSize: 100 } });
    expect(ids(theirs)).not.toEqual(expect.arrayContaining([c]));
  });

  it('residents have no inbox; a bad tab names the field', async () => {
    const p = people(t);
    const resident = await p.wechat('demo-resident-12');
    expect(await p.call('GET', '/api/events/tasks', { token: resident })).toMatchObject({ status: 403, errorCode: 'FORBIDDEN' });
    const worker = await p.wechat((await gridOf(t, 3, 3)).workerOpenid);
    expect(await p.call('GET', '/api/events/tasks', { token: worker, query: { tab: 'all' } })).toMatchObject({ status: 422, errorField: 'tab' });
    expect((await p.call('GET', '/api/events/tasks')).status).toBe(401);
  });
});
