var U=globalThis,O=U.ShadowRoot&&(U.ShadyCSS===void 0||U.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,D=Symbol(),et=new WeakMap,x=class{constructor(t,e,s){if(this._$cssResult$=!0,s!==D)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(O&&t===void 0){let s=e!==void 0&&e.length===1;s&&(t=et.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),s&&et.set(e,t))}return t}toString(){return this.cssText}},st=n=>new x(typeof n=="string"?n:n+"",void 0,D),F=(n,...t)=>{let e=n.length===1?n[0]:t.reduce((s,i,r)=>s+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+n[r+1],n[0]);return new x(e,n,D)},it=(n,t)=>{if(O)n.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of t){let s=document.createElement("style"),i=U.litNonce;i!==void 0&&s.setAttribute("nonce",i),s.textContent=e.cssText,n.appendChild(s)}},j=O?n=>n:n=>n instanceof CSSStyleSheet?(t=>{let e="";for(let s of t.cssRules)e+=s.cssText;return st(e)})(n):n;var{is:At,defineProperty:St,getOwnPropertyDescriptor:wt,getOwnPropertyNames:xt,getOwnPropertySymbols:Et,getPrototypeOf:Ct}=Object,H=globalThis,nt=H.trustedTypes,Pt=nt?nt.emptyScript:"",kt=H.reactiveElementPolyfillSupport,E=(n,t)=>n,z={toAttribute(n,t){switch(t){case Boolean:n=n?Pt:null;break;case Object:case Array:n=n==null?n:JSON.stringify(n)}return n},fromAttribute(n,t){let e=n;switch(t){case Boolean:e=n!==null;break;case Number:e=n===null?null:Number(n);break;case Object:case Array:try{e=JSON.parse(n)}catch{e=null}}return e}},ot=(n,t)=>!At(n,t),rt={attribute:!0,type:String,converter:z,reflect:!1,useDefault:!1,hasChanged:ot};Symbol.metadata??=Symbol("metadata"),H.litPropertyMetadata??=new WeakMap;var f=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=rt){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){let s=Symbol(),i=this.getPropertyDescriptor(t,s,e);i!==void 0&&St(this.prototype,t,i)}}static getPropertyDescriptor(t,e,s){let{get:i,set:r}=wt(this.prototype,t)??{get(){return this[e]},set(o){this[e]=o}};return{get:i,set(o){let h=i?.call(this);r?.call(this,o),this.requestUpdate(t,h,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??rt}static _$Ei(){if(this.hasOwnProperty(E("elementProperties")))return;let t=Ct(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(E("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(E("properties"))){let e=this.properties,s=[...xt(e),...Et(e)];for(let i of s)this.createProperty(i,e[i])}let t=this[Symbol.metadata];if(t!==null){let e=litPropertyMetadata.get(t);if(e!==void 0)for(let[s,i]of e)this.elementProperties.set(s,i)}this._$Eh=new Map;for(let[e,s]of this.elementProperties){let i=this._$Eu(e,s);i!==void 0&&this._$Eh.set(i,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let s=new Set(t.flat(1/0).reverse());for(let i of s)e.unshift(j(i))}else t!==void 0&&e.push(j(t));return e}static _$Eu(t,e){let s=e.attribute;return s===!1?void 0:typeof s=="string"?s:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){let t=new Map,e=this.constructor.elementProperties;for(let s of e.keys())this.hasOwnProperty(s)&&(t.set(s,this[s]),delete this[s]);t.size>0&&(this._$Ep=t)}createRenderRoot(){let t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return it(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,s){this._$AK(t,s)}_$ET(t,e){let s=this.constructor.elementProperties.get(t),i=this.constructor._$Eu(t,s);if(i!==void 0&&s.reflect===!0){let r=(s.converter?.toAttribute!==void 0?s.converter:z).toAttribute(e,s.type);this._$Em=t,r==null?this.removeAttribute(i):this.setAttribute(i,r),this._$Em=null}}_$AK(t,e){let s=this.constructor,i=s._$Eh.get(t);if(i!==void 0&&this._$Em!==i){let r=s.getPropertyOptions(i),o=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:z;this._$Em=i;let h=o.fromAttribute(e,r.type);this[i]=h??this._$Ej?.get(i)??h,this._$Em=null}}requestUpdate(t,e,s,i=!1,r){if(t!==void 0){let o=this.constructor;if(i===!1&&(r=this[t]),s??=o.getPropertyOptions(t),!((s.hasChanged??ot)(r,e)||s.useDefault&&s.reflect&&r===this._$Ej?.get(t)&&!this.hasAttribute(o._$Eu(t,s))))return;this.C(t,e,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,e,{useDefault:s,reflect:i,wrapped:r},o){s&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,o??e??this[t]),r!==!0||o!==void 0)||(this._$AL.has(t)||(this.hasUpdated||s||(e=void 0),this._$AL.set(t,e)),i===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,r]of this._$Ep)this[i]=r;this._$Ep=void 0}let s=this.constructor.elementProperties;if(s.size>0)for(let[i,r]of s){let{wrapped:o}=r,h=this[i];o!==!0||this._$AL.has(i)||h===void 0||this.C(i,void 0,r,h)}}let t=!1,e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(e)):this._$EM()}catch(s){throw t=!1,this._$EM(),s}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(t){}firstUpdated(t){}};f.elementStyles=[],f.shadowRootOptions={mode:"open"},f[E("elementProperties")]=new Map,f[E("finalized")]=new Map,kt?.({ReactiveElement:f}),(H.reactiveElementVersions??=[]).push("2.1.2");var X=globalThis,at=n=>n,N=X.trustedTypes,ht=N?N.createPolicy("lit-html",{createHTML:n=>n}):void 0,mt="$lit$",v=`lit$${Math.random().toFixed(9).slice(2)}$`,ft="?"+v,Mt=`<${ft}>`,b=document,P=()=>b.createComment(""),k=n=>n===null||typeof n!="object"&&typeof n!="function",J=Array.isArray,Tt=n=>J(n)||typeof n?.[Symbol.iterator]=="function",q=`[ 	
\f\r]`,C=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,ct=/-->/g,lt=/>/g,_=RegExp(`>|${q}(?:([^\\s"'>=/]+)(${q}*=${q}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),dt=/'/g,pt=/"/g,gt=/^(?:script|style|textarea|title)$/i,Y=n=>(t,...e)=>({_$litType$:n,strings:t,values:e}),d=Y(1),qt=Y(2),Wt=Y(3),A=Symbol.for("lit-noChange"),c=Symbol.for("lit-nothing"),ut=new WeakMap,y=b.createTreeWalker(b,129);function vt(n,t){if(!J(n)||!n.hasOwnProperty("raw"))throw Error("invalid template strings array");return ht!==void 0?ht.createHTML(t):t}var Rt=(n,t)=>{let e=n.length-1,s=[],i,r=t===2?"<svg>":t===3?"<math>":"",o=C;for(let h=0;h<e;h++){let a=n[h],p,u,l=-1,m=0;for(;m<a.length&&(o.lastIndex=m,u=o.exec(a),u!==null);)m=o.lastIndex,o===C?u[1]==="!--"?o=ct:u[1]!==void 0?o=lt:u[2]!==void 0?(gt.test(u[2])&&(i=RegExp("</"+u[2],"g")),o=_):u[3]!==void 0&&(o=_):o===_?u[0]===">"?(o=i??C,l=-1):u[1]===void 0?l=-2:(l=o.lastIndex-u[2].length,p=u[1],o=u[3]===void 0?_:u[3]==='"'?pt:dt):o===pt||o===dt?o=_:o===ct||o===lt?o=C:(o=_,i=void 0);let g=o===_&&n[h+1].startsWith("/>")?" ":"";r+=o===C?a+Mt:l>=0?(s.push(p),a.slice(0,l)+mt+a.slice(l)+v+g):a+v+(l===-2?h:g)}return[vt(n,r+(n[e]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),s]},M=class n{constructor({strings:t,_$litType$:e},s){let i;this.parts=[];let r=0,o=0,h=t.length-1,a=this.parts,[p,u]=Rt(t,e);if(this.el=n.createElement(p,s),y.currentNode=this.el.content,e===2||e===3){let l=this.el.content.firstChild;l.replaceWith(...l.childNodes)}for(;(i=y.nextNode())!==null&&a.length<h;){if(i.nodeType===1){if(i.hasAttributes())for(let l of i.getAttributeNames())if(l.endsWith(mt)){let m=u[o++],g=i.getAttribute(l).split(v),R=/([.?@])?(.*)/.exec(m);a.push({type:1,index:r,name:R[2],strings:g,ctor:R[1]==="."?V:R[1]==="?"?Z:R[1]==="@"?G:w}),i.removeAttribute(l)}else l.startsWith(v)&&(a.push({type:6,index:r}),i.removeAttribute(l));if(gt.test(i.tagName)){let l=i.textContent.split(v),m=l.length-1;if(m>0){i.textContent=N?N.emptyScript:"";for(let g=0;g<m;g++)i.append(l[g],P()),y.nextNode(),a.push({type:2,index:++r});i.append(l[m],P())}}}else if(i.nodeType===8)if(i.data===ft)a.push({type:2,index:r});else{let l=-1;for(;(l=i.data.indexOf(v,l+1))!==-1;)a.push({type:7,index:r}),l+=v.length-1}r++}}static createElement(t,e){let s=b.createElement("template");return s.innerHTML=t,s}};function S(n,t,e=n,s){if(t===A)return t;let i=s!==void 0?e._$Co?.[s]:e._$Cl,r=k(t)?void 0:t._$litDirective$;return i?.constructor!==r&&(i?._$AO?.(!1),r===void 0?i=void 0:(i=new r(n),i._$AT(n,e,s)),s!==void 0?(e._$Co??=[])[s]=i:e._$Cl=i),i!==void 0&&(t=S(n,i._$AS(n,t.values),i,s)),t}var W=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){let{el:{content:e},parts:s}=this._$AD,i=(t?.creationScope??b).importNode(e,!0);y.currentNode=i;let r=y.nextNode(),o=0,h=0,a=s[0];for(;a!==void 0;){if(o===a.index){let p;a.type===2?p=new T(r,r.nextSibling,this,t):a.type===1?p=new a.ctor(r,a.name,a.strings,this,t):a.type===6&&(p=new K(r,this,t)),this._$AV.push(p),a=s[++h]}o!==a?.index&&(r=y.nextNode(),o++)}return y.currentNode=b,i}p(t){let e=0;for(let s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(t,s,e),e+=s.strings.length-2):s._$AI(t[e])),e++}},T=class n{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,s,i){this.type=2,this._$AH=c,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=s,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=S(this,t,e),k(t)?t===c||t==null||t===""?(this._$AH!==c&&this._$AR(),this._$AH=c):t!==this._$AH&&t!==A&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):Tt(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==c&&k(this._$AH)?this._$AA.nextSibling.data=t:this.T(b.createTextNode(t)),this._$AH=t}$(t){let{values:e,_$litType$:s}=t,i=typeof s=="number"?this._$AC(t):(s.el===void 0&&(s.el=M.createElement(vt(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===i)this._$AH.p(e);else{let r=new W(i,this),o=r.u(this.options);r.p(e),this.T(o),this._$AH=r}}_$AC(t){let e=ut.get(t.strings);return e===void 0&&ut.set(t.strings,e=new M(t)),e}k(t){J(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,s,i=0;for(let r of t)i===e.length?e.push(s=new n(this.O(P()),this.O(P()),this,this.options)):s=e[i],s._$AI(r),i++;i<e.length&&(this._$AR(s&&s._$AB.nextSibling,i),e.length=i)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){let s=at(t).nextSibling;at(t).remove(),t=s}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}},w=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,s,i,r){this.type=1,this._$AH=c,this._$AN=void 0,this.element=t,this.name=e,this._$AM=i,this.options=r,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=c}_$AI(t,e=this,s,i){let r=this.strings,o=!1;if(r===void 0)t=S(this,t,e,0),o=!k(t)||t!==this._$AH&&t!==A,o&&(this._$AH=t);else{let h=t,a,p;for(t=r[0],a=0;a<r.length-1;a++)p=S(this,h[s+a],e,a),p===A&&(p=this._$AH[a]),o||=!k(p)||p!==this._$AH[a],p===c?t=c:t!==c&&(t+=(p??"")+r[a+1]),this._$AH[a]=p}o&&!i&&this.j(t)}j(t){t===c?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},V=class extends w{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===c?void 0:t}},Z=class extends w{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==c)}},G=class extends w{constructor(t,e,s,i,r){super(t,e,s,i,r),this.type=5}_$AI(t,e=this){if((t=S(this,t,e,0)??c)===A)return;let s=this._$AH,i=t===c&&s!==c||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,r=t!==c&&(s===c||i);i&&this.element.removeEventListener(this.name,this,s),r&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}},K=class{constructor(t,e,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){S(this,t)}};var Ut=X.litHtmlPolyfillSupport;Ut?.(M,T),(X.litHtmlVersions??=[]).push("3.3.3");var $t=(n,t,e)=>{let s=e?.renderBefore??t,i=s._$litPart$;if(i===void 0){let r=e?.renderBefore??null;s._$litPart$=i=new T(t.insertBefore(P(),r),r,void 0,e??{})}return i._$AI(n),i};var Q=globalThis,$=class extends f{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=$t(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return A}};$._$litElement$=!0,$.finalized=!0,Q.litElementHydrateSupport?.({LitElement:$});var Ot=Q.litElementPolyfillSupport;Ot?.({LitElement:$});(Q.litElementVersions??=[]).push("4.2.2");var Ht="SMF1";function _t(n){if(n.byteLength<20)throw new Error(`frame too short: ${n.byteLength} bytes`);let t=new DataView(n),e=String.fromCharCode(t.getUint8(0),t.getUint8(1),t.getUint8(2),t.getUint8(3));if(e!==Ht)throw new Error(`not a mirror frame (magic ${JSON.stringify(e)})`);let s=Number(t.getBigUint64(4,!0)),i=t.getFloat64(12,!0);return{seq:s,captured:i,jpeg:new Uint8Array(n,20)}}var I=class{constructor(t=30,e=15){this.keep=t;this.staleAfter=e;this.events=[]}add(t){this.events.push(t),this.events.sort((e,s)=>e.seq-s.seq),this.events.length>this.keep&&this.events.splice(0,this.events.length-this.keep)}forFrame(t){for(let e=this.events.length-1;e>=0;e-=1){let s=this.events[e];if(s.seq<=t)return t-s.seq<=this.staleAfter?s.faces:[]}return[]}};function yt(n,t){return{top:n.top,bottom:n.bottom,left:t-n.right,right:t-n.left}}var L=class{constructor(t,e){this.after_ms=t;this.onChange=e;this.dimmed=!1}activity(){this.timer!==void 0&&clearTimeout(this.timer),this.dimmed&&(this.dimmed=!1,this.onChange(!1)),this.timer=setTimeout(()=>{this.dimmed=!0,this.onChange(!0)},this.after_ms)}stop(){this.timer!==void 0&&clearTimeout(this.timer),this.timer=void 0}};var B=class{constructor(){this.digits=""}press(t){t==="clear"?this.digits="":t==="back"?this.digits=this.digits.slice(0,-1):/^[0-9]$/.test(t)&&this.digits.length<8&&(this.digits+=t)}get ready(){return this.digits.length>=4}get masked(){return"\u2022".repeat(this.digits.length)}take(){let t=this.digits;return this.digits="",t}};var Nt=12e4,bt=1.25,It=4,Lt=["happy","neutral","surprise","sad","angry","fear","disgust"],tt=class extends ${constructor(){super(...arguments);this.narrow=!1;this.session={state:"idle"};this.assessment=null;this.publicInfo={};this.personal={};this.zoom=1;this.dimmed=!1;this.pinMessage="";this.pinMasked="";this.toggles={};this.connecting=!1;this.faces=new I;this.pin=new B;this.dimmer=new L(Nt,e=>this.dimmed=e);this.decoding=!1;this.closed=!1;this.unsubscribers=[];this.personalFor=null;this.stats={painted:0,lastSeq:-1,latencies:[],width:0,height:0,faceEvents:0,boxes:0,named:0}}static{this.properties={hass:{attribute:!1},panel:{attribute:!1},narrow:{type:Boolean},session:{state:!0},assessment:{state:!0},publicInfo:{state:!0},personal:{state:!0},zoom:{state:!0},dimmed:{state:!0},pinMessage:{state:!0},pinMasked:{state:!0},toggles:{state:!0}}}get entryId(){return new URLSearchParams(location.search).get("entry")??this.panel?.config?.entry_id}connectedCallback(){super.connectedCallback(),this.closed=!1,this.dimmer.activity(),window.mirrorPanel=this}disconnectedCallback(){super.disconnectedCallback(),this.closed=!0,this.socket?.close(),this.socket=void 0,this.dimmer.stop();for(let e of this.unsubscribers)e();this.unsubscribers=[]}updated(e){e.has("hass")&&this.hass&&!this.socket&&!this.connecting&&!this.closed&&this.connect(),e.has("session")&&this.followSession()}async connect(){let e=this.hass,s=this.entryId;if(!e||!s)return;this.connecting=!0;let i;try{({url:i}=await e.callWS({type:"smart_mirror/stream",entry_id:s}))}catch{this.connecting=!1,this.closed||setTimeout(()=>{this.connect()},2e3);return}let r=new WebSocket(new URL(i,location.href).href.replace(/^http/,"ws"));if(r.binaryType="arraybuffer",r.onmessage=h=>this.receive(h.data),r.onclose=()=>{this.socket===r&&(this.socket=void 0),this.connecting=!1,this.closed||setTimeout(()=>{this.connect()},2e3)},this.socket=r,this.unsubscribers.length>0)return;let o=await e.connection.subscribeMessage(h=>{h.public&&(this.publicInfo=h.public)},{type:"smart_mirror/info/subscribe",entry_id:s});this.unsubscribers.push(o)}receive(e){if(typeof e!="string"){this.pending=_t(e),this.paint();return}let s=JSON.parse(e);s.type==="hello"?this.toggles=s.data.toggles??{}:s.type==="toggles"?this.toggles=s.data:s.type==="faces"?(this.faces.add({seq:s.data.seq,faces:s.data.faces}),this.stats.faceEvents+=1,s.data.faces.length>0&&this.dimmer.activity()):s.type==="session"?(this.session=s.data,this.session.state!=="active"&&(this.assessment=null)):s.type==="assessment"&&this.session.state==="active"&&(this.assessment=s.data.smoothed)}async paint(){if(!(this.decoding||!this.pending)){this.decoding=!0;try{for(;this.pending;){let e=this.pending;this.pending=void 0;let s=await createImageBitmap(new Blob([e.jpeg],{type:"image/jpeg"}));await new Promise(i=>requestAnimationFrame(i)),this.draw(s,e.seq),s.close(),this.stats.painted+=1,this.stats.lastSeq=e.seq,this.stats.latencies.push(Date.now()/1e3-e.captured),this.stats.latencies.length>600&&this.stats.latencies.shift()}}finally{this.decoding=!1}}}draw(e,s){let i=this.renderRoot.querySelector("#picture"),r=this.renderRoot.querySelector("#overlay");if(!i||!r)return;for(let h of[i,r])(h.width!==e.width||h.height!==e.height)&&(h.width=e.width,h.height=e.height);this.stats.width=e.width,this.stats.height=e.height,i.getContext("2d")?.drawImage(e,0,0);let o=r.getContext("2d");if(o){o.clearRect(0,0,r.width,r.height),o.lineWidth=Math.max(2,e.width/320),o.font=`${Math.round(e.width/40)}px sans-serif`;for(let h of this.faces.forFrame(s)){let a=yt(h.box,e.width);o.strokeStyle=h.name?"#7CFC9A":"rgba(255,255,255,0.7)",o.strokeRect(a.left,a.top,a.right-a.left,a.bottom-a.top),this.stats.boxes+=1,h.name&&(this.stats.named+=1,o.fillStyle="#7CFC9A",o.fillText(h.name,a.left,Math.max(a.top-8,20)))}}}async followSession(){let e=this.session.state==="active"?this.session.session?.id??null:null;if(e===this.personalFor||(this.personalFor=e,this.personal={},!e||!this.hass||!this.entryId))return;let s=await this.hass.connection.subscribeMessage(i=>{i.personal&&this.personalFor===e&&(this.personal=i.personal)},{type:"smart_mirror/info/subscribe",entry_id:this.entryId,session_id:e});this.personalFor===e?this.unsubscribers.push(s):s()}async choose(e){await this.hass?.callWS({type:"smart_mirror/session/choose",entry_id:this.entryId,face:e})}press(e){this.pin.press(e),this.pinMasked=this.pin.masked,this.pinMessage="",e==="ok"&&this.pin.ready&&this.login()}async login(){let e=this.session.candidate;if(!e||!this.hass)return;let s=this.pin.take();this.pinMasked="";try{await this.hass.callWS({type:"smart_mirror/session/login",entry_id:this.entryId,person_id:e.decision.person_id,pin:s})}catch(i){let r=i;this.pinMessage=r.code==="locked"?"Too many wrong PINs. Try again in a few minutes.":r.code==="wrong_pin"?"Wrong PIN":r.message??"Login failed"}}async capture(){await this.hass?.callService("smart_mirror","capture",{config_entry_id:this.entryId})}setZoom(e){this.zoom=Math.min(It,Math.max(1,e))}render(){let e=this.session.state==="active"?this.session.session?.person:null;return d`
      <div
        class="mirror ${this.dimmed?"dimmed":""}"
        @pointerdown=${()=>this.dimmer.activity()}
      >
        <div class="picture" style="transform: scale(${this.zoom})">
          <canvas id="picture"></canvas>
          <canvas id="overlay"></canvas>
        </div>
        <div class="controls">
          <button title="Zoom in" @click=${()=>this.setZoom(this.zoom*bt)}>
            <ha-icon icon="mdi:magnify-plus-outline"></ha-icon>
          </button>
          <button title="Zoom out" @click=${()=>this.setZoom(this.zoom/bt)}>
            <ha-icon icon="mdi:magnify-minus-outline"></ha-icon>
          </button>
          <button title="Reset" @click=${()=>this.setZoom(1)}>
            <ha-icon icon="mdi:fit-to-screen-outline"></ha-icon>
          </button>
          <button title="Capture" @click=${()=>{this.capture()}}>
            <ha-icon icon="mdi:camera"></ha-icon>
          </button>
        </div>
        ${this.renderSession(e)}
        <div class="widgets">
          ${this.shown("public")?this.renderPublic():c}
          ${e&&this.shown("personal")&&Object.keys(this.personal).length>0?this.renderPersonal():c}
          ${e&&this.assessment&&this.shown("assessment")?this.renderAssessment():c}
        </div>
      </div>
    `}shown(e){return this.toggles[e]!==!1}renderSession(e){let s=this.session.state;return e?d`<div class="greeting" id="greeting">Hello, ${e.name}</div>`:s==="needs_choice"?d`<div class="prompt" id="chooser">
        <div>Who are you? Tap your face.</div>
        ${(this.session.faces??[]).map((i,r)=>d`<button class="face" data-face=${r} @click=${()=>{this.choose(r)}}>
              ${i.name??`Face ${r+1}`}
            </button>`)}
      </div>`:s==="needs_login"&&this.session.candidate?d`<div class="prompt" id="pinpad">
        <div>${this.session.candidate.name}? Enter your PIN</div>
        <div class="pin">${this.pinMasked||" "}</div>
        <div class="keys">
          ${["1","2","3","4","5","6","7","8","9","back","0","ok"].map(i=>d`<button class="key" data-key=${i} @click=${()=>this.press(i)}>
                ${i==="back"?"\u232B":i==="ok"?"OK":i}
              </button>`)}
        </div>
        <div class="message" id="pin-message">${this.pinMessage}</div>
      </div>`:s==="guest"?d`<div class="greeting guest" id="guest">
        Hello!${this.session.suggest_enrolment?d` Ask the household to enrol you.`:c}
      </div>`:c}renderPublic(){let e=this.publicInfo.clock?.value,s=this.publicInfo.weather?.value,i=this.publicInfo.air_quality?.value;return d`<section class="widget" id="public">
      ${e?d`<div class="clock">${e.time}</div><div>${e.weekday} ${e.date}</div>`:c}
      ${s?d`<div class="weather">${Math.round(s.temperature)}${s.temperature_unit??""} · ${s.condition}</div>`:c}
      ${i?d`<div class="air">Air ${i.aqi!==void 0?`index ${i.aqi}`:i.readings?.map(r=>`${r.name} ${r.value} ${r.unit??""}`).join(", ")}</div>`:c}
    </section>`}renderPersonal(){let e=this.personal.calendar?.value??[],s=this.personal.mail?.value;return d`<section class="widget" id="personal">
      ${e.slice(0,3).map(i=>d`<div class="event">${Bt(i.start)} ${i.summary}</div>`)}
      ${s?d`<div class="mail">✉ ${s.unread} unread</div>
            ${s.latest.slice(0,3).map(i=>d`<div class="subject">${i.subject}</div>`)}`:c}
    </section>`}renderAssessment(){let e=this.assessment??{},s=e.emotions??{};return d`<section class="widget" id="assessment">
      <div>Age ${Math.round(e.age)} · ${e.emotion}</div>
      ${Lt.map(i=>d`<div class="bar">
          <span>${i}</span><span class="fill" style="width:${Math.round((s[i]??0)*100)}%"></span>
        </div>`)}
      <div>Live ${Math.round((e.live??0)*100)}%</div>
    </section>`}static{this.styles=F`
    :host {
      display: block;
      height: 100%;
      background: #000;
      color: #fff;
      font-family: var(--paper-font-body1_-_font-family, sans-serif);
    }
    .mirror {
      position: relative;
      width: 100%;
      height: 100vh;
      overflow: hidden;
      transition: filter 1s;
    }
    .mirror.dimmed {
      filter: brightness(0.15);
    }
    .picture {
      position: absolute;
      inset: 0;
      transform-origin: center;
    }
    canvas {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    #picture {
      transform: scaleX(-1);
    }
    .controls {
      position: absolute;
      top: 16px;
      left: 16px;
      display: flex;
      gap: 12px;
    }
    ha-icon {
      --mdc-icon-size: 36px;
    }
    button {
      min-width: 64px;
      min-height: 64px;
      font-size: 28px;
      border-radius: 16px;
      border: none;
      background: rgba(255, 255, 255, 0.15);
      color: #fff;
    }
    .greeting,
    .prompt {
      position: absolute;
      left: 50%;
      bottom: 8%;
      transform: translateX(-50%);
      font-size: 48px;
      text-align: center;
      background: rgba(0, 0, 0, 0.4);
      padding: 16px 32px;
      border-radius: 24px;
    }
    .keys {
      display: grid;
      grid-template-columns: repeat(3, 96px);
      gap: 12px;
      justify-content: center;
    }
    .pin {
      font-size: 48px;
      letter-spacing: 12px;
      min-height: 60px;
    }
    .message {
      color: #ff9a9a;
      font-size: 28px;
      min-height: 36px;
    }
    .widgets {
      position: absolute;
      top: 16px;
      right: 16px;
      width: min(34vw, 480px);
      display: flex;
      flex-direction: column;
      gap: 16px;
      font-size: 28px;
    }
    .widget {
      background: rgba(0, 0, 0, 0.45);
      border-radius: 20px;
      padding: 16px 20px;
    }
    .clock {
      font-size: 72px;
    }
    .bar {
      display: flex;
      gap: 8px;
      align-items: center;
      font-size: 20px;
    }
    .bar span:first-child {
      width: 96px;
    }
    .fill {
      height: 12px;
      background: #7cfc9a;
      border-radius: 6px;
    }
  `}};function Bt(n){let t=new Date(n);return Number.isNaN(t.getTime())?n:t.toLocaleTimeString([],{hour:"2-digit",minute:"2-digit"})}customElements.get("smart-mirror-panel")||customElements.define("smart-mirror-panel",tt);export{tt as SmartMirrorPanel};
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
