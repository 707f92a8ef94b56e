import { Body, Controller, Del, Get, Inject, Param, Post, Put, Query } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { Validate } from '@midwayjs/validate';
import { ApiBearerAuth, ApiTags } from '@midwayjs/swagger';
import { SurveyBuildService } from './survey-build.service';
import { SurveyResultsService } from './survey-results.service';
import { SurveyBodyDTO, SurveyQueryDTO, TextAnswersQueryDTO } from './survey.dto';
import { requireStaff } from '../../common/actor';
import { parseId } from '../../common/params';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Console: build, publish, close and copy surveys; read their results. Everything bounded by scope (404 outside). */
@ApiTags('console: surveys')
@ApiBearerAuth()
@Controller('/api/admin/surveys')
export class SurveyAdminController {
  @Inject() ctx: Context;
  @Inject() build: SurveyBuildService;
  @Inject() results: SurveyResultsService;

  @Get('/')
  @Validate()
  async list(@Query() q: SurveyQueryDTO) {
    return this.build.list(requireStaff(this.ctx, 'survey:read'), q);
  }

  @Post('/')
  @Validate()
  async create(@Body() body: SurveyBodyDTO) {
    const survey = await this.build.create(requireStaff(this.ctx, 'survey:write'), body);
    this.ctx.status = 201;
    return survey;
  }

  @Get('/:id')
  async detail(@Param('id') id: string) {
    return this.build.detail(requireStaff(this.ctx, 'survey:read'), parseId(id));
  }

  @Put('/:id')
  @Validate()
  async update(@Param('id') id: string, @Body() body: SurveyBodyDTO) {
    return this.build.update(requireStaff(this.ctx, 'survey:write'), parseId(id), body);
  }

  @Del('/:id')
  async remove(@Param('id') id: string) {
    return this.build.remove(requireStaff(this.ctx, 'survey:write'), parseId(id));
  }

  @Post('/:id/publish')
  async publish(@Param('id') id: string) {
    return this.build.publish(requireStaff(this.ctx, 'survey:write'), parseId(id));
  }

  @Post('/:id/close')
  async close(@Param('id') id: string) {
    return this.build.close(requireStaff(this.ctx, 'survey:write'), parseId(id));
  }

  @Post('/:id/copy')
  async copy(@Param('id') id: string) {
    const survey = await this.build.copy(requireStaff(this.ctx, 'survey:write'), parseId(id));
    this.ctx.status = 201;
    return survey;
  }

  @Get('/:id/results')
  async resultsOf(@Param('id') id: string) {
    return this.results.staffResults(requireStaff(this.ctx, 'survey:read'), parseId(id));
  }

  @Get('/:id/results/texts')
  @Validate()
  async texts(@Param('id') id: string, @Query() q: TextAnswersQueryDTO) {
    return this.results.texts(requireStaff(this.ctx, 'survey:read'), parseId(id), q);
  }

  /**
   * The workbook (.xlsx), not the JSON envelope: written straight to the socket (koa `respond = false`)
   * because the envelope middleware would wrap any body returned through Midway. Errors before this
   * point still answer with the envelope.
   */
  @Get('/:id/export')
  async exportXlsx(@Param('id') id: string) {
    const { filename, body } = await this.results.export(requireStaff(this.ctx, 'survey:read'), parseId(id));
    const res = this.ctx.res;
    this.ctx.respond = false;
    res.statusCode = 200;
    res.setHeader('content-type', XLSX);
    res.setHeader('content-length', String(body.length));
    res.setHeader('content-disposition', `attachment; filename="survey-${id}.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`);
    // answers and (named surveys) personal data: no cache may keep a copy
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    res.end(body);
  }
}
