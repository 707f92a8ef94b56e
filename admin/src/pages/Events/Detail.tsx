import { ArrowLeftOutlined, ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { PageContainer, ProCard, ProDescriptions } from '@ant-design/pro-components';
import { EVENT_TRANSITIONS, type EventAction } from '@linli/config';
import { history, useParams } from '@umijs/max';
import { Alert, Button, Empty, message, Popconfirm, Result, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import AuthImage from '@/components/AuthImage';
import WarningDot from '@/components/WarningDot';
import type { DepartmentRow } from '@/services/directory';
import {
  actOnEvent, commentOnEvent, errorText, fetchEvent, type StaffEventDetail, verifyTrail,
} from '@/services/events';
import { get } from '@/services/http';
import { CHANNEL_LABELS, fmtTime, STATUS_COLOURS } from '@/utils/eventLabels';
import ActionModal, { type ActionValues, needsModal } from './ActionModal';
import CommentModal, { COMMENT_LABELS, type CommentKind } from './CommentModal';

/** Staff never take the reporter's actions from the console. */
const CONSOLE_ACTIONS = new Set<EventAction>(['assign', 'accept', 'return', 'escalate', 'handle', 'close', 'reject_handling', 'reject', 'merge']);
const DANGER = new Set<EventAction>(['return', 'reject', 'reject_handling']);

type Trail = Awaited<ReturnType<typeof verifyTrail>>;

export default function EventDetail() {
  const id = Number(useParams().id);
  const [event, setEvent] = useState<StaffEventDetail>();
  const [loadError, setLoadError] = useState<string>();
  const [loading, setLoading] = useState(false);
  const [departments, setDepartments] = useState<DepartmentRow[]>([]);
  const [action, setAction] = useState<EventAction | null>(null);
  const [comment, setComment] = useState<CommentKind | null>(null);
  const [trail, setTrail] = useState<Trail>();

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setEvent(await fetchEvent(id, { skipErrorHandler: true }));
      setLoadError(undefined);
    } catch (e: any) {
      setLoadError(errorText(e));
    } finally {
      setLoading(false);
    }
  }, [id]);

  useEffect(() => {
    load();
    // department handlers and grid workers may lack department:read: the picker then offers regions only
    get<DepartmentRow[]>('/api/admin/departments', undefined, { skipErrorHandler: true }).then(setDepartments, () => undefined);
  }, [load]);

  /** Runs a change; a stale version (409) reloads the event so the next try uses the fresh one. */
  const change = async (run: () => Promise<StaffEventDetail>, done: string) => {
    try {
      setEvent(await run());
      setTrail(undefined);
      message.success(done);
      return undefined;
    } catch (e: any) {
      const text = errorText(e);
      message.error(text);
      if (e?.response?.status === 409) load();
      return text;
    }
  };

  const act = async (a: EventAction, v: ActionValues = {}) => {
    const err = await change(() => actOnEvent(id, { action: a, version: event!.version, ...v }), `${EVENT_TRANSITIONS[a].label}成功`);
    if (!err) setAction(null);
    return err;
  };

  const addComment = async (kind: CommentKind, note: string) => {
    const err = await change(() => commentOnEvent(id, { kind, note }), `${COMMENT_LABELS[kind]}已提交`);
    if (!err) setComment(null);
    return err;
  };

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => history.push('/events')}>
      返回列表
    </Button>
  );

  if (loadError && !event) {
    return (
      <PageContainer title="事件详情">
        <Result status="404" title="无法查看该事件" subTitle={loadError} extra={back} />
      </PageContainer>
    );
  }
  if (!event) return <PageContainer title="事件详情"><Spin style={{ display: 'block', margin: 80 }} /></PageContainer>;

  const actions = event.actions.filter((a) => CONSOLE_ACTIONS.has(a));
  const e = event;
  return (
    <PageContainer
      title={`事件 ${e.no}`}
      subTitle={<Tag color={STATUS_COLOURS[e.status]}>{e.statusLabel}</Tag>}
      extra={[
        <Button key="reload" icon={<ReloadOutlined />} loading={loading} onClick={load}>刷新</Button>,
        <span key="back">{back}</span>,
      ]}
    >
      <ProCard title="办理" data-testid="action-bar" style={{ marginBottom: 16 }}>
        <Space wrap>
          {actions.map((a) =>
            needsModal(a) ? (
              <Button key={a} type={a === 'assign' || a === 'handle' || a === 'close' ? 'primary' : 'default'} danger={DANGER.has(a)} onClick={() => setAction(a)}>
                {EVENT_TRANSITIONS[a].label}
              </Button>
            ) : (
              <Popconfirm key={a} title={`确认${EVENT_TRANSITIONS[a].label}？`} okText="确定" cancelText="取消" onConfirm={() => act(a)}>
                <Button type="primary">{EVENT_TRANSITIONS[a].label}</Button>
              </Popconfirm>
            ),
          )}
          {actions.length === 0 && <Typography.Text type="secondary">当前没有可办理的动作</Typography.Text>}
          <span style={{ display: 'inline-block', width: 24 }} />
          {(['reply', 'note', 'supervise'] as CommentKind[]).map((k) => (
            <Button key={k} onClick={() => setComment(k)}>{COMMENT_LABELS[k]}</Button>
          ))}
          <Button
            icon={<SafetyCertificateOutlined />}
            onClick={async () => {
              try {
                setTrail(await verifyTrail(id));
              } catch {
                /* shown by the global handler */
              }
            }}
          >
            核验留痕
          </Button>
        </Space>
        {trail && (
          <Alert
            data-testid="trail-result"
            style={{ marginTop: 12 }}
            type={trail.ok ? 'success' : 'error'}
            showIcon
            closable
            onClose={() => setTrail(undefined)}
            message={trail.ok ? `留痕完整：共 ${trail.length} 条记录，哈希链校验通过` : `留痕异常：第 ${trail.brokenAt} 条起校验失败${trail.reason ? `（${trail.reason}）` : ''}`}
          />
        )}
      </ProCard>

      <ProCard split="vertical" gutter={16} ghost>
        <ProCard colSpan="60%" title="事件信息" bordered>
          <ProDescriptions<StaffEventDetail> column={2} dataSource={e} data-testid="event-info">
            <ProDescriptions.Item label="编号">{e.no}</ProDescriptions.Item>
            <ProDescriptions.Item label="状态"><Tag color={STATUS_COLOURS[e.status]}>{e.statusLabel}</Tag></ProDescriptions.Item>
            <ProDescriptions.Item label="分类">{e.category.name}</ProDescriptions.Item>
            <ProDescriptions.Item label="渠道">{CHANNEL_LABELS[e.channel] ?? e.channel}</ProDescriptions.Item>
            <ProDescriptions.Item label="层级">{e.levelLabel}</ProDescriptions.Item>
            <ProDescriptions.Item label="预警"><WarningDot warning={e.warning} /></ProDescriptions.Item>
            <ProDescriptions.Item label="处置单位">
              {e.target.name || '—'}
              {e.target.assignee && `（${e.target.assignee}）`}
            </ProDescriptions.Item>
            <ProDescriptions.Item label="所在网格">{[e.street?.name, e.community?.name, e.grid?.name].filter(Boolean).join(' / ') || '—'}</ProDescriptions.Item>
            <ProDescriptions.Item label="分派依据" span={2}>{e.routeReason || '—'}</ProDescriptions.Item>
            <ProDescriptions.Item label="上报人">
              {e.anonymous
                ? '匿名'
                : e.reporter
                  ? `${e.reporter.nickname}${e.reporter.phoneMasked ? `（${e.reporter.phoneMasked}）` : ''}`
                  : e.channel === 'hotline'
                    ? '热线来电人（信息已加密保存）'
                    : '—'}
            </ProDescriptions.Item>
            <ProDescriptions.Item label="上报时间">{fmtTime(e.createdAt)}</ProDescriptions.Item>
            <ProDescriptions.Item label="签收时限">{fmtTime(e.signDeadline)}</ProDescriptions.Item>
            <ProDescriptions.Item label="办理时限">{fmtTime(e.handleDeadline)}{e.overdue && <Tag color="red" style={{ marginLeft: 8 }}>已超时</Tag>}</ProDescriptions.Item>
            <ProDescriptions.Item label="地址" span={2}>{e.address || `${e.lng.toFixed(6)}, ${e.lat.toFixed(6)}`}</ProDescriptions.Item>
            <ProDescriptions.Item label="问题描述" span={2}>{e.description}</ProDescriptions.Item>
          </ProDescriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>现场照片</Typography.Title>
          {e.photos.length ? (
            <Space wrap>{e.photos.map((p) => <AuthImage key={p.id} url={p.url} />)}</Space>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无照片" />
          )}
        </ProCard>
        <ProCard title="办理过程" bordered data-testid="event-timeline">
          <Timeline
            items={e.timeline.map((s) => ({
              key: s.seq,
              color: s.visibility === 'internal' ? 'gray' : s.toStatus ? 'blue' : 'green',
              children: (
                <div>
                  <Space size={4}>
                    <Typography.Text strong>{s.actionLabel}</Typography.Text>
                    {s.visibility === 'internal' && <Tag color="default">内部</Tag>}
                    <Typography.Text type="secondary">{s.actor}</Typography.Text>
                  </Space>
                  <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{fmtTime(s.at)}</Typography.Text></div>
                  {s.note && <div style={{ whiteSpace: 'pre-wrap' }}>{s.note}</div>}
                  {s.photos.length > 0 && (
                    <Space wrap style={{ marginTop: 4 }}>{s.photos.map((p) => <AuthImage key={p.id} url={p.url} size={64} />)}</Space>
                  )}
                </div>
              ),
            }))}
          />
        </ProCard>
      </ProCard>

      <ActionModal event={e} action={action} departments={departments} onCancel={() => setAction(null)} onSubmit={act} />
      <CommentModal kind={comment} onCancel={() => setComment(null)} onSubmit={addComment} />
    </PageContainer>
  );
}
