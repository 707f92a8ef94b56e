import { PlusOutlined } from '@ant-design/icons';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import { PageContainer, ProTable } from '@ant-design/pro-components';
import { history, Link, useAccess } from '@umijs/max';
import { Button, message, Popconfirm, Space, Tag } from 'antd';
import { useRef } from 'react';
import { errorText } from '@/services/events';
import { deleteSurvey, querySurveys, type StaffSurvey, surveyAction } from '@/services/surveys';
import { STATE_COLOURS, statusEnum, windowText } from './labels';

/** 问卷调查: the surveys of the viewer's scope, with the steps each one allows. */
export default function Surveys() {
  const actionRef = useRef<ActionType>();
  const access = useAccess();
  const canWrite = access['survey:write'];

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      actionRef.current?.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const actions = (r: StaffSurvey) => {
    const links = [<Link key="results" to={`/surveys/${r.id}/results`}>结果</Link>];
    if (!canWrite) return links;
    if (r.status === 'draft') {
      links.push(
        <Link key="edit" to={`/surveys/${r.id}/edit`}>编辑</Link>,
        <Popconfirm key="publish" title="发布后题目不能再修改，确定发布？" onConfirm={() => run(() => surveyAction(r.id, 'publish'), '已发布')}>
          <a>发布</a>
        </Popconfirm>,
        <Popconfirm key="delete" title="确定删除这份草稿？" onConfirm={() => run(() => deleteSurvey(r.id), '已删除')}>
          <a style={{ color: '#ff4d4f' }}>删除</a>
        </Popconfirm>,
      );
    }
    if (r.status === 'published') {
      links.push(
        <Popconfirm key="close" title="结束后居民不能再提交，确定结束？" onConfirm={() => run(() => surveyAction(r.id, 'close'), '已结束')}>
          <a>结束</a>
        </Popconfirm>,
      );
    }
    links.push(
      <a key="copy" onClick={() => run(async () => history.push(`/surveys/${(await surveyAction(r.id, 'copy')).id}/edit`), '已复制为新草稿')}>复制</a>,
    );
    return links;
  };

  const columns: ProColumns<StaffSurvey>[] = [
    { title: '关键词', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '问卷标题' } },
    {
      title: '标题',
      dataIndex: 'title',
      search: false,
      render: (_, r) => <Link to={`/surveys/${r.id}/results`}>{r.title}</Link>,
    },
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: statusEnum,
      render: (_, r) => <Tag color={STATE_COLOURS[r.state]}>{r.stateLabel}</Tag>,
    },
    { title: '目标区域', dataIndex: 'targets', search: false, ellipsis: true, render: (_, r) => r.targets.map((t) => t.name).join('、') },
    { title: '时间', dataIndex: 'endsAt', search: false, width: 260, render: (_, r) => windowText(r.startsAt, r.endsAt) },
    {
      title: '方式',
      dataIndex: 'anonymous',
      search: false,
      render: (_, r) => (
        <Space size={4}>
          <Tag>{r.anonymous ? '匿名' : '实名'}</Tag>
          {r.resultsPublic && <Tag color="blue">结果公开</Tag>}
        </Space>
      ),
    },
    { title: '答卷', dataIndex: 'responses', search: false, width: 70 },
    { title: '发起单位', dataIndex: 'owner', search: false, render: (_, r) => r.owner.name },
    { title: '操作', valueType: 'option', width: 220, render: (_, r) => actions(r) },
  ];

  return (
    <PageContainer title="问卷调查">
      <ProTable<StaffSurvey>
        rowKey="id"
        headerTitle="问卷列表"
        actionRef={actionRef}
        columns={columns}
        request={querySurveys}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        options={{ density: false, setting: false }}
        toolBarRender={() =>
          canWrite
            ? [
                <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => history.push('/surveys/new')}>
                  新建问卷
                </Button>,
              ]
            : []
        }
      />
    </PageContainer>
  );
}
