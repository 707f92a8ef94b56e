import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import type { SurveyResults } from '@linli/config';
import { history, useParams } from '@umijs/max';
import { Button, Descriptions, Empty, message, Result, Space, Spin, Statistic, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { errorText } from '@/services/events';
import { downloadExport, fetchResults, fetchSurvey, type StaffSurvey } from '@/services/surveys';
import { fmtTime } from '@/utils/eventLabels';
import { STATE_COLOURS, windowText } from './labels';
import QuestionResultCard from './QuestionResult';

/** 问卷结果: the survey's settings, counts per question with charts, free text, and the Excel export. */
export default function SurveyResultsPage() {
  const id = Number(useParams().id);
  const [survey, setSurvey] = useState<StaffSurvey>();
  const [results, setResults] = useState<SurveyResults>();
  const [loadError, setLoadError] = useState<string>();
  const [loading, setLoading] = useState(false);
  const [exporting, setExporting] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const [s, r] = await Promise.all([fetchSurvey(id), fetchResults(id)]);
      setSurvey(s);
      setResults(r);
    } catch (e) {
      setLoadError(errorText(e));
    } finally {
      setLoading(false);
    }
  }, [id]);

  useEffect(() => {
    load();
  }, [load]);

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadExport(id, `问卷${id}-结果.xlsx`);
    } catch (e: any) {
      message.error(e?.message ?? '导出失败');
    } finally {
      setExporting(false);
    }
  };

  const back = () => history.push('/surveys');
  if (loadError) return <Result status="404" title={loadError} extra={<Button onClick={back}>返回列表</Button>} />;

  return (
    <PageContainer
      title={survey?.title ?? '问卷结果'}
      onBack={back}
      tags={survey ? <Tag color={STATE_COLOURS[survey.state]}>{survey.stateLabel}</Tag> : undefined}
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={load}>刷新</Button>
          <Button type="primary" icon={<DownloadOutlined />} loading={exporting} onClick={exportXlsx} data-testid="survey-export">
            导出 Excel
          </Button>
        </Space>
      }
    >
      <Spin spinning={loading}>
        {survey && results && (
          <>
            <ProCard bordered style={{ marginBottom: 16 }}>
              <Space size={48} align="start" wrap>
                <Statistic title="答卷总数" value={results.responses} data-testid="survey-responses" />
                <Descriptions size="small" column={2} style={{ minWidth: 560 }}>
                  <Descriptions.Item label="目标区域">{survey.targets.map((t) => t.name).join('、')}</Descriptions.Item>
                  <Descriptions.Item label="发起单位">{survey.owner.name}</Descriptions.Item>
                  <Descriptions.Item label="时间">{windowText(survey.startsAt, survey.endsAt)}</Descriptions.Item>
                  <Descriptions.Item label="发布于">{fmtTime(survey.publishedAt)}</Descriptions.Item>
                  <Descriptions.Item label="填写方式">{survey.anonymous ? '匿名（不记录填写人）' : '实名'}</Descriptions.Item>
                  <Descriptions.Item label="结果">{survey.resultsPublic ? '向居民公开统计结果' : '仅工作人员可见'}</Descriptions.Item>
                </Descriptions>
              </Space>
            </ProCard>
            {results.responses === 0 && <Empty description="还没有居民提交答卷" style={{ marginBottom: 16 }} />}
            {results.questions.map((q, i) => (
              <QuestionResultCard key={q.id} surveyId={id} index={i} q={q} />
            ))}
          </>
        )}
      </Spin>
    </PageContainer>
  );
}
