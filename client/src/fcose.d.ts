// Type declaration for cytoscape-fcose, which ships none.
declare module 'cytoscape-fcose' {
  const extension: import('cytoscape').Ext;
  export default extension;
}
