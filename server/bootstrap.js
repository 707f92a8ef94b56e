// Production entry: node bootstrap.js (runs compiled code from ./dist)
const { Bootstrap } = require('@midwayjs/bootstrap');
Bootstrap.run();
