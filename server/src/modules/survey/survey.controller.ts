import { Body, Controller, Get, Inject, Param, Post, Query } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { Validate } from '@midwayjs/validate';
import { ApiBearerAuth, ApiTags } from '@midwayjs/swagger';
import { SurveyAnswerService } from './survey-answer.service';
import { AnswerDTO, ResidentSurveyQueryDTO } from './survey.dto';
import { requireUser } from '../../common/actor';
import { parseId } from '../../common/params';

/** Mini-program: the surveys addressed to the resident's community, answering once, public results. */
@ApiTags('mini-program: surveys')
@ApiBearerAuth()
@Controller('/api/surveys')
export class SurveyController {
  @Inject() ctx: Context;
  @Inject() answers: SurveyAnswerService;

  @Get('/')
  @Validate()
  async list(@Query() q: ResidentSurveyQueryDTO) {
    return this.answers.list(requireUser(this.ctx), q);
  }

  @Get('/:id')
  async detail(@Param('id') id: string) {
    return this.answers.detail(requireUser(this.ctx), parseId(id));
  }

  @Post('/:id/responses')
  @Validate()
  async submit(@Param('id') id: string, @Body() body: AnswerDTO) {
    const result = await this.answers.submit(requireUser(this.ctx), parseId(id), body.answers);
    this.ctx.status = 201;
    return result;
  }

  @Get('/:id/results')
  async resultsOf(@Param('id') id: string) {
    return this.answers.publicResults(requireUser(this.ctx), parseId(id));
  }
}
