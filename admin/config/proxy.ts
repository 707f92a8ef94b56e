/** Dev only (`max dev`): the built console is served by the server on the same origin as the API. */
export default {
  '/api/': {
    target: 'http://127.0.0.1:7001',
    changeOrigin: true,
  },
};
