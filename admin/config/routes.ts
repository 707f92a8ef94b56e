/**
 * Routes of the staff console. `name` is the menu key (src/locales/zh-CN.ts `menu.<name>`),
 * `access` is a permission key from @linli/config (see src/access.ts).
 */
export default [
  {
    path: '/user',
    layout: false,
    routes: [{ name: 'login', path: '/user/login', component: './User/Login' }],
  },
  { path: '/', redirect: '/welcome' },
  { path: '/welcome', name: 'welcome', icon: 'home', component: './Welcome' },
  { path: '/events', name: 'events', icon: 'alert', access: 'region:read', component: './Events' },
  { path: '/events/:id', name: 'eventDetail', hideInMenu: true, access: 'region:read', component: './Events/Detail' },
  { path: '/regions', name: 'regions', icon: 'apartment', access: 'region:read', component: './Regions' },
  { path: '/grid-map', name: 'gridMap', icon: 'environment', access: 'region:read', component: './GridMap' },
  { path: '/departments', name: 'departments', icon: 'bank', access: 'department:read', component: './Departments' },
  { path: '/categories', name: 'categories', icon: 'tags', access: 'category:read', component: './Categories' },
  { path: '/accounts', name: 'accounts', icon: 'team', access: 'account:read', component: './Accounts' },
  { path: '/surveys', name: 'surveys', icon: 'form', access: 'survey:read', component: './Surveys' },
  { path: '/surveys/new', name: 'surveyNew', hideInMenu: true, access: 'survey:write', component: './Surveys/Builder' },
  { path: '/surveys/:id/edit', name: 'surveyEdit', hideInMenu: true, access: 'survey:write', component: './Surveys/Builder' },
  { path: '/surveys/:id/results', name: 'surveyResults', hideInMenu: true, access: 'survey:read', component: './Surveys/Results' },
  { path: '*', layout: false, component: './404' },
];
