// The texts users agree to at login. Changing them means bumping TARO_APP_AGREEMENT_VERSION in .env.
export type AgreementType = 'user' | 'privacy'

interface Section { heading: string; paragraphs: string[] }
interface AgreementDoc { title: string; operator: string; sections: Section[] }

const OPERATOR = '邻里平台运营单位（所在区社会治理中心）'

export const AGREEMENTS: Record<AgreementType, AgreementDoc> = {
  user: {
    title: '邻里用户协议',
    operator: OPERATOR,
    sections: [
      { heading: '一、服务内容', paragraphs: [
        '邻里是服务于网格化社会治理的小程序。您可以上报身边的问题（报事）、查看办理进度并评价结果，参与社区问卷调查和邻里互助。',
        '您上报的事件将按所在位置分派给相应网格的网格员，或由社区、街道及有关职能部门办理。'
      ] },
      { heading: '二、账号', paragraphs: [
        '您使用微信身份登录邻里，一个微信账号对应一个邻里账号。您可以随时在“我的 - 注销账号”中注销账号。',
        '网格员等工作人员的账号由管理部门开通并与其微信绑定，仅可在授权范围内处理事务。'
      ] },
      { heading: '三、使用规范', paragraphs: [
        '请如实上报，不得捏造事实、恶意重复上报或冒用他人身份。',
        '您发布的文字和图片须遵守法律法规，不得含有违法违规、侵犯他人隐私或人身攻击的内容。所有内容在公开前会经过内容安全审核，违规内容将被隐藏或删除，情节严重的账号可能被限制使用。'
      ] },
      { heading: '四、办理与答复', paragraphs: [
        '我们按事项类别和等级设定办理时限并全程留痕，但具体处置结果取决于事项性质和相关部门的职责。紧急情况请直接拨打 110、119、120 或 12345 热线。'
      ] },
      { heading: '五、协议变更', paragraphs: [
        '协议更新后，我们会在您下次登录时提示您重新阅读并同意。'
      ] }
    ]
  },
  privacy: {
    title: '邻里隐私政策',
    operator: OPERATOR,
    sections: [
      { heading: '一、我们收集哪些信息', paragraphs: [
        '登录信息：微信提供的用户标识（openid），用于识别您的账号。我们不获取您的微信头像、好友关系。',
        '手机号：仅在您主动点击绑定时，经您在微信中确认后获取，用于办理人员与您联系。',
        '位置信息：仅在您报事时获取，用于确定事件所在网格；拒绝授权时可以手动选择位置。',
        '照片和文字：您报事、求助、发帖时主动提交的内容。'
      ] },
      { heading: '二、我们如何使用信息', paragraphs: [
        '上述信息仅用于事件分派、办理、回访和服务质量考核。办理人员看到的手机号默认脱敏显示；选择匿名上报时，办理人员看不到您的身份。',
        '公开展示的事件会去除个人信息。'
      ] },
      { heading: '三、存储与保护', paragraphs: [
        '信息存储在中华人民共和国境内。手机号、证件号等个人信息加密存储，工作人员按职责和管辖范围最小化访问，访问过程留有日志。'
      ] },
      { heading: '四、您的权利', paragraphs: [
        '您可以在“我的”页面查看、更正昵称和手机号，撤回位置等授权（微信“设置 - 隐私”），或注销账号。注销后，您的个人信息将被删除或匿名化处理；已办理事件的办理记录依法保留，但不再与您的身份关联。'
      ] },
      { heading: '五、联系我们', paragraphs: [
        '如对本政策有疑问或需要投诉，可通过 12345 热线或所在社区联系我们，我们将在 15 个工作日内答复。'
      ] }
    ]
  }
}
