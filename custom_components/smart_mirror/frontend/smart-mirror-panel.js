var Yn=globalThis,Zn=Yn.ShadowRoot&&(Yn.ShadyCSS===void 0||Yn.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,oo=Symbol(),Hr=new WeakMap,cn=class{constructor(i,e,t){if(this._$cssResult$=!0,t!==oo)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=i,this.t=e}get styleSheet(){let i=this.o,e=this.t;if(Zn&&i===void 0){let t=e!==void 0&&e.length===1;t&&(i=Hr.get(e)),i===void 0&&((this.o=i=new CSSStyleSheet).replaceSync(this.cssText),t&&Hr.set(e,i))}return i}toString(){return this.cssText}},Jn=n=>new cn(typeof n=="string"?n:n+"",void 0,oo),J=(n,...i)=>{let e=n.length===1?n[0]:i.reduce((t,s,r)=>t+(a=>{if(a._$cssResult$===!0)return a.cssText;if(typeof a=="number")return a;throw Error("Value passed to 'css' function must be a 'css' function result: "+a+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+n[r+1],n[0]);return new cn(e,n,oo)},Fr=(n,i)=>{if(Zn)n.adoptedStyleSheets=i.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of i){let t=document.createElement("style"),s=Yn.litNonce;s!==void 0&&t.setAttribute("nonce",s),t.textContent=e.cssText,n.appendChild(t)}},ro=Zn?n=>n:n=>n instanceof CSSStyleSheet?(i=>{let e="";for(let t of i.cssRules)e+=t.cssText;return Jn(e)})(n):n;var{is:Cc,defineProperty:Lc,getOwnPropertyDescriptor:Dc,getOwnPropertyNames:Rc,getOwnPropertySymbols:Nc,getPrototypeOf:zc}=Object,Qn=globalThis,Ur=Qn.trustedTypes,Oc=Ur?Ur.emptyScript:"",Hc=Qn.reactiveElementPolyfillSupport,dn=(n,i)=>n,lo={toAttribute(n,i){switch(i){case Boolean:n=n?Oc:null;break;case Object:case Array:n=n==null?n:JSON.stringify(n)}return n},fromAttribute(n,i){let e=n;switch(i){case Boolean:e=n!==null;break;case Number:e=n===null?null:Number(n);break;case Object:case Array:try{e=JSON.parse(n)}catch{e=null}}return e}},Wr=(n,i)=>!Cc(n,i),Vr={attribute:!0,type:String,converter:lo,reflect:!1,useDefault:!1,hasChanged:Wr};Symbol.metadata??=Symbol("metadata"),Qn.litPropertyMetadata??=new WeakMap;var Ot=class extends HTMLElement{static addInitializer(i){this._$Ei(),(this.l??=[]).push(i)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(i,e=Vr){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(i)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(i,e),!e.noAccessor){let t=Symbol(),s=this.getPropertyDescriptor(i,t,e);s!==void 0&&Lc(this.prototype,i,s)}}static getPropertyDescriptor(i,e,t){let{get:s,set:r}=Dc(this.prototype,i)??{get(){return this[e]},set(a){this[e]=a}};return{get:s,set(a){let p=s?.call(this);r?.call(this,a),this.requestUpdate(i,p,t)},configurable:!0,enumerable:!0}}static getPropertyOptions(i){return this.elementProperties.get(i)??Vr}static _$Ei(){if(this.hasOwnProperty(dn("elementProperties")))return;let i=zc(this);i.finalize(),i.l!==void 0&&(this.l=[...i.l]),this.elementProperties=new Map(i.elementProperties)}static finalize(){if(this.hasOwnProperty(dn("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(dn("properties"))){let e=this.properties,t=[...Rc(e),...Nc(e)];for(let s of t)this.createProperty(s,e[s])}let i=this[Symbol.metadata];if(i!==null){let e=litPropertyMetadata.get(i);if(e!==void 0)for(let[t,s]of e)this.elementProperties.set(t,s)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let s=this._$Eu(e,t);s!==void 0&&this._$Eh.set(s,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(i){let e=[];if(Array.isArray(i)){let t=new Set(i.flat(1/0).reverse());for(let s of t)e.unshift(ro(s))}else i!==void 0&&e.push(ro(i));return e}static _$Eu(i,e){let t=e.attribute;return t===!1?void 0:typeof t=="string"?t:typeof i=="string"?i.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(i=>this.enableUpdating=i),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(i=>i(this))}addController(i){(this._$EO??=new Set).add(i),this.renderRoot!==void 0&&this.isConnected&&i.hostConnected?.()}removeController(i){this._$EO?.delete(i)}_$E_(){let i=new Map,e=this.constructor.elementProperties;for(let t of e.keys())this.hasOwnProperty(t)&&(i.set(t,this[t]),delete this[t]);i.size>0&&(this._$Ep=i)}createRenderRoot(){let i=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Fr(i,this.constructor.elementStyles),i}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(i=>i.hostConnected?.())}enableUpdating(i){}disconnectedCallback(){this._$EO?.forEach(i=>i.hostDisconnected?.())}attributeChangedCallback(i,e,t){this._$AK(i,t)}_$ET(i,e){let t=this.constructor.elementProperties.get(i),s=this.constructor._$Eu(i,t);if(s!==void 0&&t.reflect===!0){let r=(t.converter?.toAttribute!==void 0?t.converter:lo).toAttribute(e,t.type);this._$Em=i,r==null?this.removeAttribute(s):this.setAttribute(s,r),this._$Em=null}}_$AK(i,e){let t=this.constructor,s=t._$Eh.get(i);if(s!==void 0&&this._$Em!==s){let r=t.getPropertyOptions(s),a=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:lo;this._$Em=s;let p=a.fromAttribute(e,r.type);this[s]=p??this._$Ej?.get(s)??p,this._$Em=null}}requestUpdate(i,e,t,s=!1,r){if(i!==void 0){let a=this.constructor;if(s===!1&&(r=this[i]),t??=a.getPropertyOptions(i),!((t.hasChanged??Wr)(r,e)||t.useDefault&&t.reflect&&r===this._$Ej?.get(i)&&!this.hasAttribute(a._$Eu(i,t))))return;this.C(i,e,t)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(i,e,{useDefault:t,reflect:s,wrapped:r},a){t&&!(this._$Ej??=new Map).has(i)&&(this._$Ej.set(i,a??e??this[i]),r!==!0||a!==void 0)||(this._$AL.has(i)||(this.hasUpdated||t||(e=void 0),this._$AL.set(i,e)),s===!0&&this._$Em!==i&&(this._$Eq??=new Set).add(i))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let i=this.scheduleUpdate();return i!=null&&await i,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[s,r]of this._$Ep)this[s]=r;this._$Ep=void 0}let t=this.constructor.elementProperties;if(t.size>0)for(let[s,r]of t){let{wrapped:a}=r,p=this[s];a!==!0||this._$AL.has(s)||p===void 0||this.C(s,void 0,r,p)}}let i=!1,e=this._$AL;try{i=this.shouldUpdate(e),i?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(t){throw i=!1,this._$EM(),t}i&&this._$AE(e)}willUpdate(i){}_$AE(i){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(i)),this.updated(i)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(i){return!0}update(i){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(i){}firstUpdated(i){}};Ot.elementStyles=[],Ot.shadowRootOptions={mode:"open"},Ot[dn("elementProperties")]=new Map,Ot[dn("finalized")]=new Map,Hc?.({ReactiveElement:Ot}),(Qn.reactiveElementVersions??=[]).push("2.1.2");var co=globalThis,qr=n=>n,Xn=co.trustedTypes,Br=Xn?Xn.createPolicy("lit-html",{createHTML:n=>n}):void 0,po="$lit$",Ht=`lit$${Math.random().toFixed(9).slice(2)}$`,uo="?"+Ht,Fc=`<${uo}>`,di=document,un=()=>di.createComment(""),hn=n=>n===null||typeof n!="object"&&typeof n!="function",ho=Array.isArray,Jr=n=>ho(n)||typeof n?.[Symbol.iterator]=="function",ao=`[ 	
\f\r]`,pn=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,jr=/-->/g,Gr=/>/g,ai=RegExp(`>|${ao}(?:([^\\s"'>=/]+)(${ao}*=${ao}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Kr=/'/g,Yr=/"/g,Qr=/^(?:script|style|textarea|title)$/i,fo=n=>(i,...e)=>({_$litType$:n,strings:i,values:e}),v=fo(1),fu=fo(2),mu=fo(3),pi=Symbol.for("lit-noChange"),k=Symbol.for("lit-nothing"),Zr=new WeakMap,ci=di.createTreeWalker(di,129);function Xr(n,i){if(!ho(n)||!n.hasOwnProperty("raw"))throw Error("invalid template strings array");return Br!==void 0?Br.createHTML(i):i}var el=(n,i)=>{let e=n.length-1,t=[],s,r=i===2?"<svg>":i===3?"<math>":"",a=pn;for(let p=0;p<e;p++){let u=n[p],f,_,m=-1,y=0;for(;y<u.length&&(a.lastIndex=y,_=a.exec(u),_!==null);)y=a.lastIndex,a===pn?_[1]==="!--"?a=jr:_[1]!==void 0?a=Gr:_[2]!==void 0?(Qr.test(_[2])&&(s=RegExp("</"+_[2],"g")),a=ai):_[3]!==void 0&&(a=ai):a===ai?_[0]===">"?(a=s??pn,m=-1):_[1]===void 0?m=-2:(m=a.lastIndex-_[2].length,f=_[1],a=_[3]===void 0?ai:_[3]==='"'?Yr:Kr):a===Yr||a===Kr?a=ai:a===jr||a===Gr?a=pn:(a=ai,s=void 0);let P=a===ai&&n[p+1].startsWith("/>")?" ":"";r+=a===pn?u+Fc:m>=0?(t.push(f),u.slice(0,m)+po+u.slice(m)+Ht+P):u+Ht+(m===-2?p:P)}return[Xr(n,r+(n[e]||"<?>")+(i===2?"</svg>":i===3?"</math>":"")),t]},fn=class n{constructor({strings:i,_$litType$:e},t){let s;this.parts=[];let r=0,a=0,p=i.length-1,u=this.parts,[f,_]=el(i,e);if(this.el=n.createElement(f,t),ci.currentNode=this.el.content,e===2||e===3){let m=this.el.content.firstChild;m.replaceWith(...m.childNodes)}for(;(s=ci.nextNode())!==null&&u.length<p;){if(s.nodeType===1){if(s.hasAttributes())for(let m of s.getAttributeNames())if(m.endsWith(po)){let y=_[a++],P=s.getAttribute(m).split(Ht),M=/([.?@])?(.*)/.exec(y);u.push({type:1,index:r,name:M[2],strings:P,ctor:M[1]==="."?ts:M[1]==="?"?is:M[1]==="@"?ns:hi}),s.removeAttribute(m)}else m.startsWith(Ht)&&(u.push({type:6,index:r}),s.removeAttribute(m));if(Qr.test(s.tagName)){let m=s.textContent.split(Ht),y=m.length-1;if(y>0){s.textContent=Xn?Xn.emptyScript:"";for(let P=0;P<y;P++)s.append(m[P],un()),ci.nextNode(),u.push({type:2,index:++r});s.append(m[y],un())}}}else if(s.nodeType===8)if(s.data===uo)u.push({type:2,index:r});else{let m=-1;for(;(m=s.data.indexOf(Ht,m+1))!==-1;)u.push({type:7,index:r}),m+=Ht.length-1}r++}}static createElement(i,e){let t=di.createElement("template");return t.innerHTML=i,t}};function ui(n,i,e=n,t){if(i===pi)return i;let s=t!==void 0?e._$Co?.[t]:e._$Cl,r=hn(i)?void 0:i._$litDirective$;return s?.constructor!==r&&(s?._$AO?.(!1),r===void 0?s=void 0:(s=new r(n),s._$AT(n,e,t)),t!==void 0?(e._$Co??=[])[t]=s:e._$Cl=s),s!==void 0&&(i=ui(n,s._$AS(n,i.values),s,t)),i}var es=class{constructor(i,e){this._$AV=[],this._$AN=void 0,this._$AD=i,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(i){let{el:{content:e},parts:t}=this._$AD,s=(i?.creationScope??di).importNode(e,!0);ci.currentNode=s;let r=ci.nextNode(),a=0,p=0,u=t[0];for(;u!==void 0;){if(a===u.index){let f;u.type===2?f=new Fi(r,r.nextSibling,this,i):u.type===1?f=new u.ctor(r,u.name,u.strings,this,i):u.type===6&&(f=new ss(r,this,i)),this._$AV.push(f),u=t[++p]}a!==u?.index&&(r=ci.nextNode(),a++)}return ci.currentNode=di,s}p(i){let e=0;for(let t of this._$AV)t!==void 0&&(t.strings!==void 0?(t._$AI(i,t,e),e+=t.strings.length-2):t._$AI(i[e])),e++}},Fi=class n{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(i,e,t,s){this.type=2,this._$AH=k,this._$AN=void 0,this._$AA=i,this._$AB=e,this._$AM=t,this.options=s,this._$Cv=s?.isConnected??!0}get parentNode(){let i=this._$AA.parentNode,e=this._$AM;return e!==void 0&&i?.nodeType===11&&(i=e.parentNode),i}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(i,e=this){i=ui(this,i,e),hn(i)?i===k||i==null||i===""?(this._$AH!==k&&this._$AR(),this._$AH=k):i!==this._$AH&&i!==pi&&this._(i):i._$litType$!==void 0?this.$(i):i.nodeType!==void 0?this.T(i):Jr(i)?this.k(i):this._(i)}O(i){return this._$AA.parentNode.insertBefore(i,this._$AB)}T(i){this._$AH!==i&&(this._$AR(),this._$AH=this.O(i))}_(i){this._$AH!==k&&hn(this._$AH)?this._$AA.nextSibling.data=i:this.T(di.createTextNode(i)),this._$AH=i}$(i){let{values:e,_$litType$:t}=i,s=typeof t=="number"?this._$AC(i):(t.el===void 0&&(t.el=fn.createElement(Xr(t.h,t.h[0]),this.options)),t);if(this._$AH?._$AD===s)this._$AH.p(e);else{let r=new es(s,this),a=r.u(this.options);r.p(e),this.T(a),this._$AH=r}}_$AC(i){let e=Zr.get(i.strings);return e===void 0&&Zr.set(i.strings,e=new fn(i)),e}k(i){ho(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,t,s=0;for(let r of i)s===e.length?e.push(t=new n(this.O(un()),this.O(un()),this,this.options)):t=e[s],t._$AI(r),s++;s<e.length&&(this._$AR(t&&t._$AB.nextSibling,s),e.length=s)}_$AR(i=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);i!==this._$AB;){let t=qr(i).nextSibling;qr(i).remove(),i=t}}setConnected(i){this._$AM===void 0&&(this._$Cv=i,this._$AP?.(i))}},hi=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(i,e,t,s,r){this.type=1,this._$AH=k,this._$AN=void 0,this.element=i,this.name=e,this._$AM=s,this.options=r,t.length>2||t[0]!==""||t[1]!==""?(this._$AH=Array(t.length-1).fill(new String),this.strings=t):this._$AH=k}_$AI(i,e=this,t,s){let r=this.strings,a=!1;if(r===void 0)i=ui(this,i,e,0),a=!hn(i)||i!==this._$AH&&i!==pi,a&&(this._$AH=i);else{let p=i,u,f;for(i=r[0],u=0;u<r.length-1;u++)f=ui(this,p[t+u],e,u),f===pi&&(f=this._$AH[u]),a||=!hn(f)||f!==this._$AH[u],f===k?i=k:i!==k&&(i+=(f??"")+r[u+1]),this._$AH[u]=f}a&&!s&&this.j(i)}j(i){i===k?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,i??"")}},ts=class extends hi{constructor(){super(...arguments),this.type=3}j(i){this.element[this.name]=i===k?void 0:i}},is=class extends hi{constructor(){super(...arguments),this.type=4}j(i){this.element.toggleAttribute(this.name,!!i&&i!==k)}},ns=class extends hi{constructor(i,e,t,s,r){super(i,e,t,s,r),this.type=5}_$AI(i,e=this){if((i=ui(this,i,e,0)??k)===pi)return;let t=this._$AH,s=i===k&&t!==k||i.capture!==t.capture||i.once!==t.once||i.passive!==t.passive,r=i!==k&&(t===k||s);s&&this.element.removeEventListener(this.name,this,t),r&&this.element.addEventListener(this.name,this,i),this._$AH=i}handleEvent(i){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,i):this._$AH.handleEvent(i)}},ss=class{constructor(i,e,t){this.element=i,this.type=6,this._$AN=void 0,this._$AM=e,this.options=t}get _$AU(){return this._$AM._$AU}_$AI(i){ui(this,i)}},tl={M:po,P:Ht,A:uo,C:1,L:el,R:es,D:Jr,V:ui,I:Fi,H:hi,N:is,U:ns,B:ts,F:ss},Uc=co.litHtmlPolyfillSupport;Uc?.(fn,Fi),(co.litHtmlVersions??=[]).push("3.3.3");var il=(n,i,e)=>{let t=e?.renderBefore??i,s=t._$litPart$;if(s===void 0){let r=e?.renderBefore??null;t._$litPart$=s=new Fi(i.insertBefore(un(),r),r,void 0,e??{})}return s._$AI(n),s};var mo=globalThis,tt=class extends Ot{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let i=super.createRenderRoot();return this.renderOptions.renderBefore??=i.firstChild,i}update(i){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(i),this._$Do=il(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return pi}};tt._$litElement$=!0,tt.finalized=!0,mo.litElementHydrateSupport?.({LitElement:tt});var Vc=mo.litElementPolyfillSupport;Vc?.({LitElement:tt});(mo.litElementVersions??=[]).push("4.2.2");var nl=n=>(...i)=>({_$litDirective$:n,values:i}),os=class{constructor(i){}get _$AU(){return this._$AM._$AU}_$AT(i,e,t){this._$Ct=i,this._$AM=e,this._$Ci=t}_$AS(i,e){return this.update(i,e)}update(i,e){return this.render(...e)}};var{I:Mu}=tl;var Wc={},sl=(n,i=Wc)=>n._$AH=i;var ol=nl(class extends os{constructor(){super(...arguments),this.key=k}render(n,i){return this.key=n,i}update(n,[i,e]){return i!==this.key&&(sl(n),this.key=i),e}});var rs=["angry","disgust","fear","happy","sad","surprise","neutral"],ls=["public","personal","assessment","evolution","diary","settings"];var go={show_widget:{inEngine:!0,argument:"widget"},hide_widget:{inEngine:!0,argument:"widget"},capture:{inEngine:!0,argument:null},logout:{inEngine:!0,argument:null},not_me:{inEngine:!0,argument:null},next_widget:{inEngine:!1,argument:null},previous_widget:{inEngine:!1,argument:null},toggle_focused:{inEngine:!1,argument:null},zoom:{inEngine:!1,argument:"direction"},open_calibration:{inEngine:!1,argument:null}},as={match_distance:{minimum:.3,maximum:.64,step:.01,unit:""},reverify_interval:{minimum:1,maximum:60,step:1,unit:"s"},leave_timeout:{minimum:1,maximum:300,step:1,unit:"s"}};var rl={controls:{zoom_in:"Zoom in",zoom_out:"Zoom out",zoom_reset:"Reset",capture:"Capture",settings:"Settings",calibration:"Expression calibration",voice:"Talk to Home Assistant (Assist)",people:"People"},session:{hello:"Hello, {name}",not_me:"Not me",hello_guest:"Hello!",enrol_me:"Enrol me",choose_face:"Who are you? Tap your face.",face:"Face {number}",pin_prompt:"{name}? Enter your PIN",pin_ok:"OK",pin_back:"Delete",login_failed:"Login failed",chooser_label:"Choose who you are",pin_label:"PIN entry",pin_cancel:"Cancel"},enrolment:{who:"Who are you?",not_now:"Not now",stand_still:"Stand still and look at the mirror, {name}",welcome:"Welcome, {name}!",failed:"Enrolment failed",try_again:"Try again",hint:{look:"look at the mirror and hold still",one_face:"only one face in view, please",no_face:"no face in view",closer:"come closer, face the mirror and hold still",same_person:"a different face: the same person, please",hold_still:"hold still",done:"done",timeout:"Not {needed} good pictures of the face within {seconds} s"}},people:{title:"People",close:"Close",new_name:"Name of a new person",add:"Add person",loading:"Loading\u2026",nobody_yet:"Nobody is enrolled yet. Add a person, then their face.",added:"{name} added: now add their face from the mirror or from a photo.",renamed:"Renamed: {name}",saved:"Saved.",faces:{one:"{count} face",other:"{count} faces"},calendar_count:{one:"{count} calendar",other:"{count} calendars"},pin_set:"PIN set",pin_not_set:"No PIN",linked:"Home Assistant: {person}",not_linked:"not linked to Home Assistant",face_of:"{name}'s face",name:"Name",rename:"Rename",add_faces:"Add faces",from_mirror:"From the mirror",from_photo:"From a photo",set_pin:"Set a PIN",change_pin:"Change the PIN",clear_pin:"Remove the PIN",ha_person:"Home Assistant person",nobody:"nobody",calendars:"Calendars shown in their session",no_calendars:"Home Assistant has no calendars.",forget_ellipsis:"Forget\u2026",forget:"Forget",forget_question:"Forget {name} everywhere? Their faces, PIN, history, diary and photos are deleted.",cancel:"Cancel",forgotten:"{name} is forgotten.",live_done:"{name}'s face is enrolled.",photo_added:{one:"{count} face added from the photo.",other:"{count} faces added from the photo."},pin_new:"New PIN for {name}",pin_again:"{name}'s new PIN once more",pin_mismatch:"The two PINs differ. Enter the new PIN again.",pin_saved:"PIN saved.",pin_cleared:"PIN removed."},first_run:{title:"Nobody is enrolled yet",admin:"Add the household in People, and the mirror greets each of them.",open_people:"Open People",ask_admin:"Ask a Home Assistant admin to add the household to the mirror."},confirm:{question:"Did you mean: {command}?",yes:"Yes",no:"No",hint:"or give a thumbs-up",countdown:"{seconds} s",expired:"That question had already been answered or expired."},modality:{voice:"heard by voice, {sure} sure",gesture:"seen as a gesture, {sure} sure",touch:"by touch, {sure} sure"},via:{gesture:"thumbs-up",voice:"voice",touch:"touch"},outcome:{confirmed:"\u2713 confirmed by {via}",corrected:"\u2713 corrected by {via}: {command}",rejected:"\u2717 cancelled by {via}"},command:{show_widget:"show the {widget}",hide_widget:"hide the {widget}",capture:"take a picture",logout:"log out",not_me:"that is not me",next_widget:"next widget",previous_widget:"previous widget",toggle_focused:"hide or show the selected widget",zoom_in:"zoom in",zoom_out:"zoom out",zoom_reset:"reset the zoom",open_calibration:"start the expression calibration",none:"nothing",any_widget:"widget"},widget:{public:"clock and weather",personal:"calendar and mail",assessment:"age and mood",evolution:"evolution chart",diary:"diary",settings:"settings button"},gesture:{swipe_left:"swipe left",swipe_right:"swipe right",open_hand:"open hand",thumbs_up:"thumbs-up"},notice:{calibration_needs_person:"Expression calibration is for someone the mirror knows: look at it first.",nothing_focused:"Nothing selected: swipe to a widget first.",held:"{widget} hidden \xB7 toggle again or tap to show"},info:{weather:"{temperature} \xB7 {condition}",air_index:"Air index {aqi}",air_readings:"Air {readings}",unread:"\u2709 {count} unread"},weather:{"clear-night":"clear night",cloudy:"cloudy",exceptional:"exceptional",fog:"fog",hail:"hail",lightning:"lightning","lightning-rainy":"lightning and rain",partlycloudy:"partly cloudy",pouring:"pouring",rainy:"rainy",snowy:"snowy","snowy-rainy":"snow and rain",sunny:"sunny",windy:"windy","windy-variant":"windy and cloudy"},assessment:{age:"Age {age} \xB7 {emotion}",live:"Live {share}"},emotion:{angry:"angry",disgust:"disgust",fear:"fear",happy:"happy",sad:"sad",surprise:"surprise",neutral:"neutral"},evolution:{title:{one:"Evolution \xB7 {days} day",other:"Evolution \xB7 {days} days"},age:"age",happy:"happy %",day:"day"},diary:{title:"Diary",mood:{good_day:"A good day",tired:"Tired",grateful:"Grateful",busy:"Busy"}},settings:{title:"Settings",setting:"{label}: {value}",match_distance:"recognition distance (lower: stricter)",reverify_interval:"re-verify every",leave_timeout:"end a session after",seconds:"{value} s",display:"This display",kiosk:"Kiosk: only the mirror, full screen",fill:"Picture fills the screen",fit:"Whole picture"},admin:{title:"ML tier",error:"ML tier: {error}",samples:"Samples: {samples}",none:"none yet",not_me:{one:"\u201CNot me\u201D: {count} face the mirror took for someone else",other:"\u201CNot me\u201D: {count} faces the mirror took for someone else"},kind:{confirmed:"confirmed faces",corrected:"corrected faces",not_me:"\u201Cnot me\u201D",expression:"expressions",touch_command:"touch answers",voice_command:"voice answers",gesture_command:"gesture answers"},model:"model",version:"version",accuracy:"accuracy",in_use:"in use",retrain:"Retrain"},calibration:{title:"Expression calibration",train:"Train",accuracy:"accuracy",precision:"precision",recall:"recall",f1:"F1"},voice:{title:"Assist",placeholder:"Ask Home Assistant\u2026",send:"Send",hold_to_talk:"Hold to talk",no_stt:"No speech-to-text engine configured in Home Assistant; type instead.",no_pipeline:"No Assist pipeline in Home Assistant.",unavailable:"Assist is not available in Home Assistant ({error}).",no_microphone:"The microphone is not available: {error}",listening:"Listening\u2026 (release, or tap again, when done)",failed:"Assist failed"},error:{bad_json:"The request was not valid JSON.",too_deep:"The request was nested too deeply.",too_large:"The request was too large.",bad_upload:"The upload was not valid.",bad_name:"That name cannot be used.",bad_ha_person:"That Home Assistant person does not exist.",bad_person:"That person is not valid.",bad_pin:"A PIN is 4 to 8 digits.",bad_login:"The login request was not valid.",bad_face:"That face is not in view.",bad_frames:"The number of frames is not valid.",bad_days:"The number of days is not valid.",bad_number:"That number is out of range.",bad_text:"The text must be 1 to 4000 characters.",bad_kind:"That model kind is not known.",bad_label:"That expression is not known.",bad_command:"That command is not known.",bad_answer:"That answer is not valid.",bad_settings:"Those settings are not valid.",bad_toggles:"Those widgets are not known.",unauthorized:"You are not allowed to do that.",too_many_attempts:"Too many attempts. Try again later.",not_owner:"That belongs to someone else.",unknown_person:"The mirror does not know that person.",unknown_capture:"That picture no longer exists.",no_session:"Nobody is logged in to the mirror.",no_choice:"There is nothing to choose now.",no_enrolment:"No enrolment is running.",no_previous:"There is no previous model to go back to.",no_frame:"The camera has no picture yet.",camera_lost:"The camera is not available.",recognition_off:"Face recognition is switched off.",gone:"That is no longer there.",no_pin:"This person has no PIN yet.",wrong_pin:"Wrong PIN",locked:"Too many wrong PINs. Try again in a few minutes.",login_refused:"The login was refused.",name_taken:"That name is already taken.",not_an_image:"That file is not an image.",no_image:"No image was sent.",image_too_large:"The image is too large.",no_face:"No face was found.",several_faces:"More than one face was found.",low_quality:"The picture of the face is not good enough.",matches_other:"That face looks like someone already enrolled.",busy:"The mirror is busy. Try again in a moment.",not_enough:"Not enough data yet.",not_enough_frames:"Not enough expression frames yet.",not_found:"That was not found.",invalid_format:"The request was not valid."}};var ll={controls:{zoom_in:"\uD655\uB300",zoom_out:"\uCD95\uC18C",zoom_reset:"\uC6D0\uB798 \uD06C\uAE30",capture:"\uC0AC\uC9C4 \uCC0D\uAE30",settings:"\uC124\uC815",calibration:"\uD45C\uC815 \uBCF4\uC815",voice:"Home Assistant\uC5D0\uAC8C \uB9D0\uD558\uAE30 (Assist)",people:"\uC0AC\uB78C \uAD00\uB9AC"},session:{hello:"{name}\uB2D8, \uC548\uB155\uD558\uC138\uC694",not_me:"\uC81C\uAC00 \uC544\uB2C8\uC5D0\uC694",hello_guest:"\uC548\uB155\uD558\uC138\uC694!",enrol_me:"\uC5BC\uAD74 \uB4F1\uB85D\uD558\uAE30",choose_face:"\uB204\uAD6C\uC138\uC694? \uBCF8\uC778 \uC5BC\uAD74\uC744 \uB20C\uB7EC \uC8FC\uC138\uC694.",face:"\uC5BC\uAD74 {number}",pin_prompt:"{name}\uB2D8\uC778\uAC00\uC694? PIN\uC744 \uC785\uB825\uD558\uC138\uC694",pin_ok:"\uD655\uC778",pin_back:"\uC9C0\uC6B0\uAE30",login_failed:"\uB85C\uADF8\uC778\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4",chooser_label:"\uC0AC\uB78C \uC120\uD0DD",pin_label:"PIN \uC785\uB825",pin_cancel:"\uCDE8\uC18C"},enrolment:{who:"\uB204\uAD6C\uC138\uC694?",not_now:"\uB2E4\uC74C\uC5D0 \uD560\uAC8C\uC694",stand_still:"{name}\uB2D8, \uC6C0\uC9C1\uC774\uC9C0 \uB9D0\uACE0 \uAC70\uC6B8\uC744 \uBC14\uB77C\uBD10 \uC8FC\uC138\uC694",welcome:"{name}\uB2D8, \uD658\uC601\uD569\uB2C8\uB2E4!",failed:"\uB4F1\uB85D\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4",try_again:"\uB2E4\uC2DC \uC2DC\uB3C4",hint:{look:"\uAC70\uC6B8\uC744 \uBC14\uB77C\uBCF4\uACE0 \uC6C0\uC9C1\uC774\uC9C0 \uB9C8\uC138\uC694",one_face:"\uD55C \uC0AC\uB78C\uB9CC \uD654\uBA74\uC5D0 \uB098\uC624\uAC8C \uD574 \uC8FC\uC138\uC694",no_face:"\uC5BC\uAD74\uC774 \uBCF4\uC774\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",closer:"\uC870\uAE08 \uB354 \uAC00\uAE4C\uC774 \uC640\uC11C \uAC70\uC6B8\uC744 \uC815\uBA74\uC73C\uB85C \uBCF4\uACE0 \uC6C0\uC9C1\uC774\uC9C0 \uB9C8\uC138\uC694",same_person:"\uB2E4\uB978 \uC5BC\uAD74\uC774 \uBCF4\uC785\uB2C8\uB2E4. \uAC19\uC740 \uC0AC\uB78C\uB9CC \uB098\uC624\uAC8C \uD574 \uC8FC\uC138\uC694",hold_still:"\uC6C0\uC9C1\uC774\uC9C0 \uB9C8\uC138\uC694",done:"\uC644\uB8CC",timeout:"{seconds}\uCD08 \uC548\uC5D0 \uC4F8 \uB9CC\uD55C \uC5BC\uAD74 \uC0AC\uC9C4 {needed}\uC7A5\uC744 \uBAA8\uC73C\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4"}},people:{title:"\uC0AC\uB78C \uAD00\uB9AC",close:"\uB2EB\uAE30",new_name:"\uC0C8\uB85C \uB4F1\uB85D\uD560 \uC0AC\uB78C \uC774\uB984",add:"\uC0AC\uB78C \uCD94\uAC00",loading:"\uBD88\uB7EC\uC624\uB294 \uC911\u2026",nobody_yet:"\uC544\uC9C1 \uB4F1\uB85D\uB41C \uC0AC\uB78C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uC0AC\uB78C\uC744 \uCD94\uAC00\uD55C \uB2E4\uC74C \uC5BC\uAD74\uC744 \uB4F1\uB85D\uD558\uC138\uC694.",added:"{name}\uB2D8\uC744 \uCD94\uAC00\uD588\uC2B5\uB2C8\uB2E4. \uC774\uC81C \uAC70\uC6B8\uC774\uB098 \uC0AC\uC9C4\uC73C\uB85C \uC5BC\uAD74\uC744 \uB4F1\uB85D\uD558\uC138\uC694.",renamed:"\uC774\uB984\uC744 \uBC14\uAFE8\uC2B5\uB2C8\uB2E4: {name}",saved:"\uC800\uC7A5\uD588\uC2B5\uB2C8\uB2E4.",faces:{one:"\uC5BC\uAD74 {count}\uAC1C",other:"\uC5BC\uAD74 {count}\uAC1C"},calendar_count:{one:"\uCE98\uB9B0\uB354 {count}\uAC1C",other:"\uCE98\uB9B0\uB354 {count}\uAC1C"},pin_set:"PIN \uC788\uC74C",pin_not_set:"PIN \uC5C6\uC74C",linked:"Home Assistant: {person}",not_linked:"Home Assistant \uAD6C\uC131\uC6D0\uACFC \uC5F0\uACB0 \uC548 \uB428",face_of:"{name}\uB2D8\uC758 \uC5BC\uAD74",name:"\uC774\uB984",rename:"\uC774\uB984 \uBC14\uAFB8\uAE30",add_faces:"\uC5BC\uAD74 \uCD94\uAC00",from_mirror:"\uAC70\uC6B8\uB85C",from_photo:"\uC0AC\uC9C4\uC73C\uB85C",set_pin:"PIN \uC124\uC815",change_pin:"PIN \uBCC0\uACBD",clear_pin:"PIN \uC0AD\uC81C",ha_person:"Home Assistant \uAD6C\uC131\uC6D0",nobody:"\uC5C6\uC74C",calendars:"\uBCF8\uC778 \uC138\uC158\uC5D0 \uBCF4\uC5EC \uC904 \uCE98\uB9B0\uB354",no_calendars:"Home Assistant\uC5D0 \uCE98\uB9B0\uB354\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.",forget_ellipsis:"\uC0AD\uC81C\u2026",forget:"\uC0AD\uC81C",forget_question:"{name}\uB2D8\uC744 \uBAA8\uB4E0 \uACF3\uC5D0\uC11C \uC0AD\uC81C\uD560\uAE4C\uC694? \uC5BC\uAD74, PIN, \uAE30\uB85D, \uC77C\uAE30\uC640 \uC0AC\uC9C4\uC774 \uBAA8\uB450 \uC9C0\uC6CC\uC9D1\uB2C8\uB2E4.",cancel:"\uCDE8\uC18C",forgotten:"{name}\uB2D8\uC744 \uC0AD\uC81C\uD588\uC2B5\uB2C8\uB2E4.",live_done:"{name}\uB2D8\uC758 \uC5BC\uAD74\uC744 \uB4F1\uB85D\uD588\uC2B5\uB2C8\uB2E4.",photo_added:{one:"\uC0AC\uC9C4\uC5D0\uC11C \uC5BC\uAD74 {count}\uAC1C\uB97C \uB4F1\uB85D\uD588\uC2B5\uB2C8\uB2E4.",other:"\uC0AC\uC9C4\uC5D0\uC11C \uC5BC\uAD74 {count}\uAC1C\uB97C \uB4F1\uB85D\uD588\uC2B5\uB2C8\uB2E4."},pin_new:"{name}\uB2D8\uC758 \uC0C8 PIN",pin_again:"{name}\uB2D8\uC758 \uC0C8 PIN\uC744 \uD55C \uBC88 \uB354 \uC785\uB825\uD558\uC138\uC694",pin_mismatch:"\uB450 PIN\uC774 \uB2E4\uB985\uB2C8\uB2E4. \uC0C8 PIN\uC744 \uB2E4\uC2DC \uC785\uB825\uD558\uC138\uC694.",pin_saved:"PIN\uC744 \uC800\uC7A5\uD588\uC2B5\uB2C8\uB2E4.",pin_cleared:"PIN\uC744 \uC0AD\uC81C\uD588\uC2B5\uB2C8\uB2E4."},first_run:{title:"\uC544\uC9C1 \uB4F1\uB85D\uB41C \uC0AC\uB78C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4",admin:"\uC0AC\uB78C \uAD00\uB9AC\uC5D0\uC11C \uAC00\uC871\uC744 \uCD94\uAC00\uD558\uBA74 \uAC70\uC6B8\uC774 \uD55C \uC0AC\uB78C\uC529 \uC54C\uC544\uBCF4\uACE0 \uC778\uC0AC\uD569\uB2C8\uB2E4.",open_people:"\uC0AC\uB78C \uAD00\uB9AC \uC5F4\uAE30",ask_admin:"Home Assistant \uAD00\uB9AC\uC790\uC5D0\uAC8C \uAC70\uC6B8\uC5D0 \uAC00\uC871\uC744 \uB4F1\uB85D\uD574 \uB2EC\uB77C\uACE0 \uD558\uC138\uC694."},confirm:{question:"\uC774 \uBA85\uB839\uC774 \uB9DE\uB098\uC694? {command}",yes:"\uC608",no:"\uC544\uB2C8\uC694",hint:"\uB610\uB294 \uC5C4\uC9C0\uB97C \uB4E4\uC5B4 \uC8FC\uC138\uC694",countdown:"{seconds}\uCD08",expired:"\uC774\uBBF8 \uB2F5\uD588\uAC70\uB098 \uC2DC\uAC04\uC774 \uC9C0\uB09C \uC9C8\uBB38\uC785\uB2C8\uB2E4."},modality:{voice:"\uC74C\uC131\uC73C\uB85C \uB4E4\uC74C, \uD655\uC2E0\uB3C4 {sure}",gesture:"\uC81C\uC2A4\uCC98\uB85C \uC778\uC2DD, \uD655\uC2E0\uB3C4 {sure}",touch:"\uD130\uCE58\uB85C \uC785\uB825, \uD655\uC2E0\uB3C4 {sure}"},via:{gesture:"\uC5C4\uC9C0 \uCC99",voice:"\uC74C\uC131",touch:"\uD130\uCE58"},outcome:{confirmed:"\u2713 \uD655\uC778\uB428 ({via})",corrected:"\u2713 \uC218\uC815\uB428 ({via}): {command}",rejected:"\u2717 \uCDE8\uC18C\uB428 ({via})"},command:{show_widget:"{widget} \uBCF4\uC774\uAE30",hide_widget:"{widget} \uC228\uAE30\uAE30",capture:"\uC0AC\uC9C4 \uCC0D\uAE30",logout:"\uB85C\uADF8\uC544\uC6C3",not_me:"\uC81C\uAC00 \uC544\uB2C8\uC5D0\uC694",next_widget:"\uB2E4\uC74C \uC704\uC82F",previous_widget:"\uC774\uC804 \uC704\uC82F",toggle_focused:"\uC120\uD0DD\uD55C \uC704\uC82F \uC228\uAE30\uAE30/\uBCF4\uC774\uAE30",zoom_in:"\uD655\uB300",zoom_out:"\uCD95\uC18C",zoom_reset:"\uC6D0\uB798 \uD06C\uAE30\uB85C",open_calibration:"\uD45C\uC815 \uBCF4\uC815 \uC2DC\uC791",none:"\uC544\uBB34\uAC83\uB3C4 \uD558\uC9C0 \uC54A\uC74C",any_widget:"\uC704\uC82F"},widget:{public:"\uC2DC\uACC4\uC640 \uB0A0\uC528",personal:"\uC77C\uC815\uACFC \uBA54\uC77C",assessment:"\uB098\uC774\uC640 \uAE30\uBD84",evolution:"\uBCC0\uD654 \uADF8\uB798\uD504",diary:"\uC77C\uAE30",settings:"\uC124\uC815 \uBC84\uD2BC"},gesture:{swipe_left:"\uC67C\uCABD\uC73C\uB85C \uBC00\uAE30",swipe_right:"\uC624\uB978\uCABD\uC73C\uB85C \uBC00\uAE30",open_hand:"\uC190\uBC14\uB2E5 \uD3B4\uAE30",thumbs_up:"\uC5C4\uC9C0 \uCC99"},notice:{calibration_needs_person:"\uD45C\uC815 \uBCF4\uC815\uC740 \uAC70\uC6B8\uC774 \uC54C\uC544\uBCF4\uB294 \uC0AC\uB78C\uB9CC \uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uBA3C\uC800 \uAC70\uC6B8\uC744 \uBC14\uB77C\uBD10 \uC8FC\uC138\uC694.",nothing_focused:"\uC120\uD0DD\uB41C \uC704\uC82F\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uBA3C\uC800 \uC190\uC744 \uBC00\uC5B4 \uC704\uC82F\uC744 \uC120\uD0DD\uD558\uC138\uC694.",held:"{widget} \uC228\uAE40 \xB7 \uB2E4\uC2DC \uC804\uD658\uD558\uAC70\uB098 \uB20C\uB7EC\uC11C \uBCF4\uC774\uAE30"},info:{weather:"{temperature} \xB7 {condition}",air_index:"\uB300\uAE30\uC9C8 \uC9C0\uC218 {aqi}",air_readings:"\uB300\uAE30\uC9C8 {readings}",unread:"\u2709 \uC77D\uC9C0 \uC54A\uC740 \uBA54\uC77C {count}\uD1B5"},weather:{"clear-night":"\uB9D1\uC740 \uBC24",cloudy:"\uD750\uB9BC",exceptional:"\uC774\uC0C1 \uAE30\uC0C1",fog:"\uC548\uAC1C",hail:"\uC6B0\uBC15",lightning:"\uBC88\uAC1C","lightning-rainy":"\uB1CC\uC6B0",partlycloudy:"\uAD6C\uB984 \uC870\uAE08",pouring:"\uD3ED\uC6B0",rainy:"\uBE44",snowy:"\uB208","snowy-rainy":"\uC9C4\uB208\uAE68\uBE44",sunny:"\uB9D1\uC74C",windy:"\uBC14\uB78C","windy-variant":"\uBC14\uB78C, \uAD6C\uB984"},assessment:{age:"\uB098\uC774 {age} \xB7 {emotion}",live:"\uC2E4\uC81C \uC0AC\uB78C {share}"},emotion:{angry:"\uD654\uB0A8",disgust:"\uD610\uC624",fear:"\uB450\uB824\uC6C0",happy:"\uD589\uBCF5",sad:"\uC2AC\uD514",surprise:"\uB180\uB78C",neutral:"\uBB34\uD45C\uC815"},evolution:{title:{one:"\uBCC0\uD654 \xB7 {days}\uC77C",other:"\uBCC0\uD654 \xB7 {days}\uC77C"},age:"\uB098\uC774",happy:"\uD589\uBCF5 %",day:"\uB0A0\uC9DC"},diary:{title:"\uC77C\uAE30",mood:{good_day:"\uC88B\uC740 \uD558\uB8E8",tired:"\uD53C\uACE4\uD574\uC694",grateful:"\uAC10\uC0AC\uD574\uC694",busy:"\uBC14\uBE60\uC694"}},settings:{title:"\uC124\uC815",setting:"{label}: {value}",match_distance:"\uC778\uC2DD \uAC70\uB9AC (\uB0AE\uC744\uC218\uB85D \uC5C4\uACA9)",reverify_interval:"\uB2E4\uC2DC \uD655\uC778\uD558\uB294 \uAC04\uACA9",leave_timeout:"\uC790\uB9AC\uB97C \uB5A0\uB09C \uB4A4 \uC138\uC158 \uC885\uB8CC\uAE4C\uC9C0",seconds:"{value}\uCD08",display:"\uC774 \uD654\uBA74",kiosk:"\uD0A4\uC624\uC2A4\uD06C: \uAC70\uC6B8\uB9CC \uC804\uCCB4 \uD654\uBA74\uC73C\uB85C",fill:"\uD654\uBA74 \uAC00\uB4DD \uCC44\uC6B0\uAE30",fit:"\uC0AC\uC9C4 \uC804\uCCB4 \uBCF4\uAE30"},admin:{title:"ML \uBAA8\uB378",error:"ML \uBAA8\uB378: {error}",samples:"\uC218\uC9D1\uD55C \uC0D8\uD50C: {samples}",none:"\uC544\uC9C1 \uC5C6\uC74C",not_me:{one:"\u201C\uC81C\uAC00 \uC544\uB2C8\uC5D0\uC694\u201D: \uB2E4\uB978 \uC0AC\uB78C\uC73C\uB85C \uC798\uBABB \uC54C\uC544\uBCF8 \uC5BC\uAD74 {count}\uAC1C",other:"\u201C\uC81C\uAC00 \uC544\uB2C8\uC5D0\uC694\u201D: \uB2E4\uB978 \uC0AC\uB78C\uC73C\uB85C \uC798\uBABB \uC54C\uC544\uBCF8 \uC5BC\uAD74 {count}\uAC1C"},kind:{confirmed:"\uD655\uC778\uB41C \uC5BC\uAD74",corrected:"\uBC14\uB85C\uC7A1\uC740 \uC5BC\uAD74",not_me:"\u201C\uC81C\uAC00 \uC544\uB2C8\uC5D0\uC694\u201D",expression:"\uD45C\uC815",touch_command:"\uD130\uCE58 \uB2F5\uBCC0",voice_command:"\uC74C\uC131 \uB2F5\uBCC0",gesture_command:"\uC81C\uC2A4\uCC98 \uB2F5\uBCC0"},model:"\uBAA8\uB378",version:"\uBC84\uC804",accuracy:"\uC815\uD655\uB3C4",in_use:"\uC0AC\uC6A9 \uC911",retrain:"\uB2E4\uC2DC \uD559\uC2B5"},calibration:{title:"\uD45C\uC815 \uBCF4\uC815",train:"\uD559\uC2B5",accuracy:"\uC815\uD655\uB3C4",precision:"\uC815\uBC00\uB3C4",recall:"\uC7AC\uD604\uC728",f1:"F1"},voice:{title:"\uC74C\uC131",placeholder:"Home Assistant\uC5D0\uAC8C \uBB3C\uC5B4\uBCF4\uC138\uC694\u2026",send:"\uBCF4\uB0B4\uAE30",hold_to_talk:"\uB204\uB978 \uCC44\uB85C \uB9D0\uD558\uAE30",no_stt:"Home Assistant\uC5D0 \uC74C\uC131 \uC778\uC2DD \uC5D4\uC9C4\uC774 \uC124\uC815\uB418\uC5B4 \uC788\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uB300\uC2E0 \uC785\uB825\uD574 \uC8FC\uC138\uC694.",no_pipeline:"Home Assistant\uC5D0 Assist \uD30C\uC774\uD504\uB77C\uC778\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",unavailable:"Home Assistant\uC5D0\uC11C Assist\uB97C \uC0AC\uC6A9\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4 ({error}).",no_microphone:"\uB9C8\uC774\uD06C\uB97C \uC0AC\uC6A9\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: {error}",listening:"\uB4E3\uB294 \uC911\u2026 (\uB2E4 \uB9D0\uD588\uC73C\uBA74 \uC190\uC744 \uB5BC\uAC70\uB098 \uD55C \uBC88 \uB354 \uB204\uB974\uC138\uC694)",failed:"Assist \uC2E4\uD589\uC5D0 \uC2E4\uD328\uD588\uC2B5\uB2C8\uB2E4"},error:{bad_json:"\uC694\uCCAD\uC774 \uC62C\uBC14\uB978 JSON\uC774 \uC544\uB2D9\uB2C8\uB2E4.",too_deep:"\uC694\uCCAD\uC758 \uAD6C\uC870\uAC00 \uB108\uBB34 \uAE4A\uC2B5\uB2C8\uB2E4.",too_large:"\uC694\uCCAD\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4.",bad_upload:"\uC62C\uBC14\uB974\uC9C0 \uC54A\uC740 \uC5C5\uB85C\uB4DC\uC785\uB2C8\uB2E4.",bad_name:"\uC0AC\uC6A9\uD560 \uC218 \uC5C6\uB294 \uC774\uB984\uC785\uB2C8\uB2E4.",bad_ha_person:"Home Assistant\uC5D0 \uC5C6\uB294 \uC0AC\uB78C\uC785\uB2C8\uB2E4.",bad_person:"\uC62C\uBC14\uB974\uC9C0 \uC54A\uC740 \uC0AC\uB78C\uC785\uB2C8\uB2E4.",bad_pin:"PIN\uC740 4~8\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",bad_login:"\uC62C\uBC14\uB974\uC9C0 \uC54A\uC740 \uB85C\uADF8\uC778 \uC694\uCCAD\uC785\uB2C8\uB2E4.",bad_face:"\uADF8 \uC5BC\uAD74\uC740 \uC9C0\uAE08 \uBCF4\uC774\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",bad_frames:"\uD504\uB808\uC784 \uC218\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",bad_days:"\uC77C\uC218\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",bad_number:"\uBC94\uC704\uB97C \uBC97\uC5B4\uB09C \uAC12\uC785\uB2C8\uB2E4.",bad_text:"\uAE00\uC740 1\uC790 \uC774\uC0C1 4000\uC790 \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4.",bad_kind:"\uC54C \uC218 \uC5C6\uB294 \uBAA8\uB378 \uC885\uB958\uC785\uB2C8\uB2E4.",bad_label:"\uC54C \uC218 \uC5C6\uB294 \uD45C\uC815\uC785\uB2C8\uB2E4.",bad_command:"\uC54C \uC218 \uC5C6\uB294 \uBA85\uB839\uC785\uB2C8\uB2E4.",bad_answer:"\uC62C\uBC14\uB974\uC9C0 \uC54A\uC740 \uB2F5\uC785\uB2C8\uB2E4.",bad_settings:"\uC62C\uBC14\uB974\uC9C0 \uC54A\uC740 \uC124\uC815\uC785\uB2C8\uB2E4.",bad_toggles:"\uC54C \uC218 \uC5C6\uB294 \uC704\uC82F\uC785\uB2C8\uB2E4.",unauthorized:"\uAD8C\uD55C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",too_many_attempts:"\uC2DC\uB3C4 \uD69F\uC218\uAC00 \uB108\uBB34 \uB9CE\uC2B5\uB2C8\uB2E4. \uB098\uC911\uC5D0 \uB2E4\uC2DC \uC2DC\uB3C4\uD558\uC138\uC694.",not_owner:"\uB2E4\uB978 \uC0AC\uB78C\uC758 \uAC83\uC785\uB2C8\uB2E4.",unknown_person:"\uAC70\uC6B8\uC774 \uBAA8\uB974\uB294 \uC0AC\uB78C\uC785\uB2C8\uB2E4.",unknown_capture:"\uC774\uBBF8 \uC5C6\uB294 \uC0AC\uC9C4\uC785\uB2C8\uB2E4.",no_session:"\uAC70\uC6B8\uC5D0 \uB85C\uADF8\uC778\uD55C \uC0AC\uB78C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",no_choice:"\uC9C0\uAE08\uC740 \uC120\uD0DD\uD560 \uAC83\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",no_enrolment:"\uC9C4\uD589 \uC911\uC778 \uB4F1\uB85D\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",no_previous:"\uB418\uB3CC\uB9B4 \uC774\uC804 \uBAA8\uB378\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",no_frame:"\uCE74\uBA54\uB77C \uC601\uC0C1\uC774 \uC544\uC9C1 \uC5C6\uC2B5\uB2C8\uB2E4.",camera_lost:"\uCE74\uBA54\uB77C\uB97C \uC0AC\uC6A9\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",recognition_off:"\uC5BC\uAD74 \uC778\uC2DD\uC774 \uAEBC\uC838 \uC788\uC2B5\uB2C8\uB2E4.",gone:"\uC774\uBBF8 \uC5C6\uC5B4\uC84C\uC2B5\uB2C8\uB2E4.",no_pin:"\uC544\uC9C1 PIN\uC774 \uC5C6\uB294 \uC0AC\uB78C\uC785\uB2C8\uB2E4.",wrong_pin:"PIN\uC774 \uD2C0\uB838\uC2B5\uB2C8\uB2E4",locked:"PIN\uC744 \uC5EC\uB7EC \uBC88 \uC798\uBABB \uC785\uB825\uD588\uC2B5\uB2C8\uB2E4. \uBA87 \uBD84 \uD6C4\uC5D0 \uB2E4\uC2DC \uC2DC\uB3C4\uD558\uC138\uC694.",login_refused:"\uB85C\uADF8\uC778\uC774 \uAC70\uBD80\uB418\uC5C8\uC2B5\uB2C8\uB2E4.",name_taken:"\uC774\uBBF8 \uC788\uB294 \uC774\uB984\uC785\uB2C8\uB2E4.",not_an_image:"\uC774\uBBF8\uC9C0 \uD30C\uC77C\uC774 \uC544\uB2D9\uB2C8\uB2E4.",no_image:"\uC774\uBBF8\uC9C0\uB97C \uBC1B\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4.",image_too_large:"\uC774\uBBF8\uC9C0\uAC00 \uB108\uBB34 \uD07D\uB2C8\uB2E4.",no_face:"\uC5BC\uAD74\uC744 \uCC3E\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4.",several_faces:"\uC5BC\uAD74\uC774 \uC5EC\uB7EC \uAC1C \uC788\uC2B5\uB2C8\uB2E4.",low_quality:"\uC5BC\uAD74 \uC0AC\uC9C4\uC758 \uD488\uC9C8\uC774 \uCDA9\uBD84\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",matches_other:"\uC774\uBBF8 \uB4F1\uB85D\uB41C \uC0AC\uB78C\uACFC \uB2EE\uC740 \uC5BC\uAD74\uC785\uB2C8\uB2E4.",busy:"\uAC70\uC6B8\uC774 \uB2E4\uB978 \uC77C\uC744 \uD558\uB294 \uC911\uC785\uB2C8\uB2E4. \uC7A0\uC2DC \uD6C4 \uB2E4\uC2DC \uC2DC\uB3C4\uD558\uC138\uC694.",not_enough:"\uC544\uC9C1 \uB370\uC774\uD130\uAC00 \uCDA9\uBD84\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",not_enough_frames:"\uC544\uC9C1 \uD45C\uC815 \uD504\uB808\uC784\uC774 \uCDA9\uBD84\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",not_found:"\uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",invalid_format:"\uC694\uCCAD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4."}};function vo(n,i=""){let e={};for(let[t,s]of Object.entries(n))typeof s=="string"?e[i+t]=s:Object.assign(e,vo(s,`${i}${t}.`));return e}var Ui={en:vo(rl),ko:vo(ll)},qu=Object.keys(Ui);function al(n,i={}){return n.replace(/\{(\w+)\}/g,(e,t)=>t in i?String(i[t]):e)}function jc(n,i){return n.split(/(\{\w+\})/).flatMap(e=>{let t=/^\{(\w+)\}$/.exec(e)?.[1];return t!==void 0&&t in i?[i[t]]:e?[e]:[]})}var cs=class{constructor(i="en",e={}){this.locale=i;let t=i.toLowerCase().split(/[-_]/)[0];this.language=t in Ui?t:"en",this.table=Ui[this.language],this.hour12=e.timeFormat==="12"?!0:e.timeFormat==="24"?!1:void 0,Gc(i)||(this.locale=this.language);let s=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12}).resolvedOptions();this.hour=s.hour12?"numeric":"2-digit"}t(i,e){return al(this.table[i]??Ui.en[i]??i,e)}plural(i,e,t={}){let s=new Intl.PluralRules(this.locale).select(e);return this.lookup(`${i}.${s}`,"",t)||this.t(`${i}.other`,t)}lookup(i,e,t){let s=this.table[i]??Ui.en[i];return s===void 0?e:al(s,t)}splice(i,e){return jc(this.table[i]??Ui.en[i]??i,e)}error(i,e){let{code:t,message:s}=i??{};return typeof t=="string"&&`error.${t}`in this.table?this.table[`error.${t}`]:typeof s=="string"&&s?s:e??String(i)}time(i,e){return this.format(i,{hour:this.hour,minute:"2-digit",hour12:this.hour12},e)}date(i,e){return this.format(i,{weekday:"long",year:"numeric",month:"long",day:"numeric"},e)}day(i){return this.format(i,{month:"short",day:"numeric"})}chartDate(i){let e=i.split(`
`).map(t=>{let s={};return/\{YYYY\}/.test(t)?s.year="numeric":/\{YY\}/.test(t)&&(s.year="2-digit"),/\{MMMM\}/.test(t)?s.month="long":/\{MMM\}/.test(t)?s.month="short":/\{MM?\}/.test(t)&&(s.month="numeric"),/\{DD?\}/.test(t)&&(s.day="numeric"),/\{WWWW?\}/.test(t)&&(s.weekday="short"),/\{(h|hh|H|HH)\}/.test(t)&&Object.assign(s,{hour:this.hour,hour12:this.hour12}),/\{mm\}/.test(t)&&(s.minute="2-digit"),/\{ss\}/.test(t)&&(s.second="2-digit"),Object.keys(s).length>0?s:null});return t=>e.map(s=>s?this.format(t,s):"").join(`
`)}number(i,e=0){return new Intl.NumberFormat(this.locale,{maximumFractionDigits:e}).format(i)}percent(i){return new Intl.NumberFormat(this.locale,{style:"percent",maximumFractionDigits:0}).format(i)}format(i,e,t){try{return new Intl.DateTimeFormat(this.locale,{...e,timeZone:t}).format(i)}catch{return new Intl.DateTimeFormat(this.locale,e).format(i)}}};function Gc(n){try{return Intl.DateTimeFormat.supportedLocalesOf([n]).length>0}catch{return!1}}var Ze=new cs("en"),cl=new Map;function dl(n){let i=n?.locale?.language??n?.language??"en",e=n?.locale?.time_format??"language",t=`${i}|${e}`,s=cl.get(t);return s||(s=new cs(i,{timeFormat:e}),cl.set(t,s)),s}function mn(n,i=Ze){return i.lookup(`widget.${n}`,n)}function ps(n,i={},e=Ze){let t=i.widget?mn(i.widget,e):e.t("command.any_widget");switch(n){case"show_widget":return e.t("command.show_widget",{widget:t});case"hide_widget":return e.t("command.hide_widget",{widget:t});case"zoom":return e.t(i.direction==="out"?"command.zoom_out":i.direction==="reset"?"command.zoom_reset":"command.zoom_in");default:return e.lookup(`command.${n}`,n.replace(/_/g," "))}}function pl(n,i,e=Ze){let t=e.percent(i);return n==="voice"?e.t("modality.voice",{sure:t}):n==="gesture"?e.t("modality.gesture",{sure:t}):e.t("modality.touch",{sure:t})}function Kc(n,i=Ze){let e=i.lookup(`via.${n.via}`,n.via);return n.outcome==="rejected"?i.t("outcome.rejected",{via:e}):n.outcome==="corrected"?i.t("outcome.corrected",{via:e,command:ps(n.name,{},i)}):i.t("outcome.confirmed",{via:e})}function us(n,i){let e=go[i]?.argument??null,t={};return e&&n.args[e]!==void 0&&go[n.name]?.argument===e&&(t[e]=n.args[e]),{name:i,args:t}}var ds=class{constructor(i=2500){this.showOutcomeFor=i;this.open=[];this.outcome=null}ask(i,e){this.open=this.open.filter(t=>t.question.id!==i.id),this.open.push({question:i,deadline:e+i.expires_in*1e3})}current(i){return this.expire(i),this.open.length>0?this.open[this.open.length-1].question:null}remaining(i){this.expire(i);let e=this.open[this.open.length-1];return e?Math.max(0,Math.ceil((e.deadline-i)/1e3)):0}result(i,e){let t=this.open.length;return this.open=this.open.filter(s=>s.question.id!==i.id),this.open.length===t?!1:(this.outcome={result:i,until:e+this.showOutcomeFor},!0)}close(i){this.open=this.open.filter(e=>e.question.id!==i)}shownOutcome(i,e=Ze){return this.outcome&&this.outcome.until<=i&&(this.outcome=null),this.outcome?Kc(this.outcome.result,e):null}busy(i){return this.current(i)!==null||this.shownOutcome(i)!==null}expire(i){this.open=this.open.filter(e=>e.deadline>i)}},Yc={swipe_left:{icon:"mdi:gesture-swipe-left"},swipe_right:{icon:"mdi:gesture-swipe-right"},open_hand:{icon:"mdi:hand-back-right-outline"},thumbs_up:{icon:"mdi:thumb-up-outline"}};function ul(n,i=Ze){return{icon:Yc[n]?.icon??"mdi:hand-back-right-outline",label:i.lookup(`gesture.${n}`,n.replace(/_/g," "))}}function q(n,i){customElements.get(n)||customElements.define(n,i)}var re=class extends tt{constructor(){super(...arguments);this.i18n=Ze}static{this.properties={i18n:{attribute:!1}}}static{this.partStyles=[]}createRenderRoot(){return this}};function Y(n,i,e){return n.dispatchEvent(new CustomEvent(i,{detail:e,bubbles:!0,composed:!1}))}var gn=class extends re{constructor(){super(...arguments);this.question=null;this.outcome=null;this.remaining=0;this.answering=!1}static{this.properties={question:{attribute:!1},outcome:{attribute:!1},remaining:{type:Number},answering:{type:Boolean}}}answer(e,t){this.question&&Y(this,"confirm-answer",{id:this.question.id,accepted:e,...t?{alternative:t}:{}})}render(){let e=this.i18n,t=this.question;if(!t)return this.outcome?v`<div class="confirm" id="confirm-outcome">${this.outcome}</div>`:k;let s=v`<b id="confirm-label">${ps(t.name,t.args,e)}</b>`,r=v`<span id="confirm-countdown">${this.remaining}</span>`;return v`<div class="confirm" id="confirm" data-id=${t.id}>
      <div class="question">${e.splice("confirm.question",{command:s})}</div>
      <div class="how" id="confirm-how">${pl(t.modality,t.confidence,e)}</div>
      <div class="answers">
        <button id="confirm-yes" ?disabled=${this.answering} @click=${()=>this.answer(!0)}>
          ${e.t("confirm.yes")}
        </button>
        <button id="confirm-no" ?disabled=${this.answering} @click=${()=>this.answer(!1)}>
          ${e.t("confirm.no")}
        </button>
        ${t.alternatives.map(a=>v`<button
              class="alternative"
              data-name=${a}
              ?disabled=${this.answering}
              @click=${()=>this.answer(!0,a)}
            >
              ${ps(a,us(t,a).args,e)}
            </button>`)}
      </div>
      <div class="hint">
        ${e.t("confirm.hint")} <ha-icon icon="mdi:thumb-up-outline"></ha-icon> ·
        ${e.splice("confirm.countdown",{seconds:r})}
      </div>
    </div>`}static{this.partStyles=J`
    .confirm {
      position: absolute;
      left: 50%;
      top: 50%;
      transform: translate(-50%, -50%);
      max-width: min(90vw, 760px);
      background: rgba(0, 0, 0, 0.75);
      border: 2px solid rgba(124, 252, 154, 0.6);
      border-radius: 24px;
      padding: 20px 28px;
      font-size: 36px;
      text-align: center;
    }
    .confirm .hint ha-icon {
      --mdc-icon-size: 24px;
    }
    .confirm .how,
    .confirm .hint {
      font-size: 22px;
      color: #ccc;
      margin: 6px 0;
    }
    .confirm .answers {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      justify-content: center;
      margin: 12px 0;
    }
    .confirm .answers button {
      padding: 0 20px;
      font-size: 26px;
    }
    #confirm-yes {
      background: #2e7d32;
    }
  `}};q("mirror-confirm-card",gn);var vn=class extends re{constructor(){super(...arguments);this.gesture=null;this.notice=null}static{this.properties={gesture:{attribute:!1},notice:{attribute:!1}}}render(){let e=this.gesture?ul(this.gesture,this.i18n):null;return v`${e?v`<div class="gesture" id="gesture" data-gesture=${this.gesture}>
            <ha-icon icon=${e.icon}></ha-icon><span>${e.label}</span>
          </div>`:k}
    ${this.notice?v`<div class="notice" id="notice">${this.notice}</div>`:k}`}static{this.partStyles=J`
    .gesture {
      position: absolute;
      top: 96px;
      left: 16px;
      display: flex;
      gap: 10px;
      align-items: center;
      padding: 8px 16px;
      font-size: 24px;
      background: rgba(0, 0, 0, 0.55);
      border-radius: 16px;
    }
    .notice {
      position: absolute;
      left: 50%;
      bottom: 28%;
      max-width: 60vw;
      text-align: center;
      transform: translateX(-50%);
      padding: 8px 20px;
      font-size: 22px;
      background: rgba(0, 0, 0, 0.65);
      border-radius: 16px;
    }
  `}};q("mirror-indicators",vn);var Zc=[{step:"in",key:"controls.zoom_in",icon:"mdi:magnify-plus-outline"},{step:"out",key:"controls.zoom_out",icon:"mdi:magnify-minus-outline"},{step:"reset",key:"controls.zoom_reset",icon:"mdi:fit-to-screen-outline"}],yn=class extends re{render(){let i=this.i18n;return v`<div class="controls">
      ${Zc.map(({step:e,key:t,icon:s})=>v`<button title=${i.t(t)} data-zoom=${e} @click=${()=>Y(this,"zoom",{step:e})}>
            <ha-icon icon=${s}></ha-icon>
          </button>`)}
      <button title=${i.t("controls.capture")} id="capture" @click=${()=>Y(this,"capture",{})}>
        <ha-icon icon="mdi:camera"></ha-icon>
      </button>
    </div>`}static{this.partStyles=J`
    .controls {
      position: absolute;
      top: 16px;
      left: 16px;
      display: flex;
      gap: 12px;
    }
  `}};q("mirror-picture-controls",yn);var bn=class extends re{constructor(){super(...arguments);this.settings=!0;this.people=!1;this.calibration=!1;this.open=""}static{this.properties={settings:{type:Boolean},people:{type:Boolean},calibration:{type:Boolean},open:{attribute:!1}}}render(){let e=this.i18n;return v`<div class="sheets">
      ${this.settings?v`<button
              id="open-settings"
              title=${e.t("controls.settings")}
              @click=${()=>Y(this,"open-sheet",{sheet:"settings"})}
            >
              <ha-icon icon="mdi:cog-outline"></ha-icon>
            </button>`:k}
      ${this.people?v`<button
              id="open-people"
              class=${this.open==="people"?"on":""}
              title=${e.t("controls.people")}
              @click=${()=>Y(this,"open-sheet",{sheet:"people"})}
            >
              <ha-icon icon="mdi:account-multiple"></ha-icon>
            </button>`:k}
      ${this.calibration?v`<button
              id="open-calibration"
              title=${e.t("controls.calibration")}
              @click=${()=>Y(this,"open-sheet",{sheet:"calibration"})}
            >
              <ha-icon icon="mdi:emoticon-happy-outline"></ha-icon>
            </button>`:k}
      <button
        id="open-voice"
        class=${this.open==="voice"?"on":""}
        title=${e.t("controls.voice")}
        @click=${()=>Y(this,"open-sheet",{sheet:"voice"})}
      >
        <ha-icon icon="mdi:microphone"></ha-icon>
      </button>
    </div>`}static{this.partStyles=J`
    .sheets {
      position: absolute;
      left: 16px;
      bottom: 16px;
      display: flex;
      gap: 12px;
    }
    button.on {
      background: rgba(124, 252, 154, 0.35);
    }
  `}};q("mirror-sheet-buttons",bn);var _n=ls.filter(n=>n!=="settings"),hs=class{constructor(i=_n){this.order=i;this.focused=null}held(i){return this.focused!==null&&!i.includes(this.focused)?this.focused:null}ring(i){return this.order.filter(e=>i.includes(e)||e===this.focused)}index(i){return this.focused===null?-1:this.ring(i).indexOf(this.focused)}next(i){return this.move(i,1)}previous(i){return this.move(i,-1)}focus(i){this.focused=i}clear(){this.focused=null}settle(i,e){this.focused!==null&&!i.includes(this.focused)&&!e.includes(this.focused)&&(this.focused=null)}move(i,e){let t=this.order.filter(a=>i.includes(a)),s=this.focused;if(t.length===0)return s;let r;if(s===null||!this.order.includes(s))r=e>0?t[0]:t[t.length-1];else{let a=this.order.indexOf(s),p=t.filter(u=>e>0?this.order.indexOf(u)>a:this.order.indexOf(u)<a);p.length>0?r=e>0?p[0]:p[p.length-1]:r=e>0?t[0]:t[t.length-1]}return this.focused=r,r}};var Jc="SMF1";function hl(n){if(n.byteLength<20)throw new Error(`frame too short: ${n.byteLength} bytes`);let i=new DataView(n),e=String.fromCharCode(i.getUint8(0),i.getUint8(1),i.getUint8(2),i.getUint8(3));if(e!==Jc)throw new Error(`not a mirror frame (magic ${JSON.stringify(e)})`);let t=Number(i.getBigUint64(4,!0)),s=i.getFloat64(12,!0);return{seq:t,captured:s,jpeg:new Uint8Array(n,20)}}var Vi=class{constructor(i=30,e=15){this.keep=i;this.staleAfter=e;this.events=[]}add(i){this.events.push(i),this.events.sort((e,t)=>e.seq-t.seq),this.events.length>this.keep&&this.events.splice(0,this.events.length-this.keep)}forFrame(i){for(let e=this.events.length-1;e>=0;e-=1){let t=this.events[e];if(t.seq<=i)return i-t.seq<=this.staleAfter?t.faces:[]}return[]}};function fl(n,i){return{top:n.top,bottom:n.bottom,left:i-n.right,right:i-n.left}}var fs=class{constructor(i,e){this.after_ms=i;this.onChange=e;this.dimmed=!1}activity(){this.timer!==void 0&&clearTimeout(this.timer),this.dimmed&&(this.dimmed=!1,this.onChange(!1)),this.timer=setTimeout(()=>{this.dimmed=!0,this.onChange(!0)},this.after_ms)}stop(){this.timer!==void 0&&clearTimeout(this.timer),this.timer=void 0}};var ml="smart-mirror:kiosk",gl="smart-mirror:fit",ms="smart-mirror:dock-before-kiosk";function vl(n){let i=e=>{try{return n?.getItem(e)??null}catch{return null}};return{kiosk:i(ml)==="on",fit:i(gl)==="fit"?"fit":"fill"}}function yl(n,i){try{n?.setItem(ml,i.kiosk?"on":"off"),n?.setItem(gl,i.fit)}catch{}}function bl(n){let i=new URLSearchParams(n).get("kiosk");return i!==null&&!["0","false","off","no"].includes(i.toLowerCase())}var gs=class{constructor(i,e,t=document){this.host=i;this.storage=e;this.doc=t;this.active=!1}set(i,e){if(i===this.active)return;if(this.active=i,i){e!=="always_hidden"&&(this.remember(e??"docked"),this.dock("always_hidden"));return}let t=this.recall();t&&t!=="always_hidden"&&this.dock(t),this.doc.fullscreenElement&&this.doc.exitFullscreen?.().catch(()=>{})}touched(){if(!this.active||this.doc.fullscreenElement)return;this.doc.documentElement.requestFullscreen?.({navigationUI:"hide"})?.catch(()=>{})}dock(i){this.host.dispatchEvent(new CustomEvent("hass-dock-sidebar",{detail:{dock:i},bubbles:!0,composed:!0}))}remember(i){try{this.storage?.getItem(ms)===null&&this.storage.setItem(ms,i)}catch{}}recall(){try{let i=this.storage?.getItem(ms)??null;return this.storage?.removeItem(ms),i==="docked"||i==="auto"||i==="always_hidden"?i:null}catch{return null}}},vs=class{constructor(i=navigator,e=document){this.nav=i;this.doc=e;this.lock=null;this.wanted=!1;this.asking=!1;this.visible=()=>{this.doc.visibilityState==="visible"&&this.wanted&&this.acquire()};e.addEventListener("visibilitychange",this.visible)}get held(){return this.lock!==null}want(i){return this.wanted=i,i?this.acquire():this.release()}stop(){return this.doc.removeEventListener("visibilitychange",this.visible),this.want(!1)}async acquire(){if(!(this.lock||this.asking||!this.nav.wakeLock||this.doc.visibilityState!=="visible")){this.asking=!0;try{let i=await this.nav.wakeLock.request("screen");if(!this.wanted){await i.release();return}this.lock=i,i.addEventListener("release",()=>{this.lock===i&&(this.lock=null)})}catch{}finally{this.asking=!1}}}async release(){let i=this.lock;this.lock=null,await i?.release().catch(()=>{})}};var _l=J`
  .mirror {
    container: mirror / size;
  }

  /* landscape (and the default) */
  .widgets {
    top: 16px;
    right: 16px;
    width: min(36cqw, 680px);
    max-height: calc(100cqh - 32px);
    font-size: clamp(24px, 3.2cqmin, 60px);
    --mirror-widget-type: clamp(20px, 2.6cqmin, 50px);
  }
  .mirror > * > .greeting,
  .mirror > * > .prompt {
    left: calc((100cqw - min(36cqw, 680px) - 32px) / 2);
    max-width: calc(100cqw - min(36cqw, 680px) - 64px);
    box-sizing: border-box;
    font-size: clamp(32px, 4.4cqmin, 84px);
  }

  @container mirror (orientation: portrait) {
    .widgets {
      top: auto;
      left: 24px;
      right: 24px;
      bottom: 112px; /* above the sheet buttons */
      width: auto;
      font-size: clamp(26px, 4.2cqmin, 80px);
      --mirror-widget-type: clamp(22px, 3.4cqmin, 64px);
    }
    .mirror > * > .greeting,
    .mirror > * > .prompt {
      left: 50%;
      max-width: calc(100cqw - 48px);
      font-size: clamp(36px, 5cqmin, 96px);
    }

    /* the whole picture at the top, the widgets stacked below it */
    .mirror.fit-fit .widgets {
      top: calc(100cqw * var(--picture-ratio, 0.5625) + 24px);
      max-height: none;
    }
    .mirror.fit-fit > * > .greeting {
      top: calc(100cqw * var(--picture-ratio, 0.5625) - 24px);
      bottom: auto;
      transform: translate(-50%, -100%);
    }
    .mirror.fit-fit > * > .prompt {
      top: calc(100cqw * var(--picture-ratio, 0.5625) + 24px);
      bottom: auto;
    }

    /* the picture fills the screen: the widgets over its lower half, in two
       columns under the clock (the column grows upwards from the bottom) */
    .mirror.fit-fill .widgets {
      max-height: 46cqh;
      flex-flow: row wrap;
      align-items: flex-start;
    }
    .mirror.fit-fill .widgets > * {
      flex: 1 1 calc(50% - 8px);
      min-width: 0;
      box-sizing: border-box;
    }
    .mirror.fit-fill .widgets > mirror-public-info {
      flex-basis: 100%;
    }
    .mirror.fit-fill > * > .greeting,
    .mirror.fit-fill > * > .prompt {
      bottom: calc(46cqh + 136px);
    }
  }
`;var wn=class extends re{constructor(){super(...arguments);this.admin=!1}static{this.properties={admin:{type:Boolean}}}render(){let e=this.i18n;return v`<section class="first-run" id="first-run">
      <div class="first-run-title">${e.t("first_run.title")}</div>
      ${this.admin?v`<div>${e.t("first_run.admin")}</div>
              <button id="first-run-people" @click=${()=>Y(this,"open-sheet",{sheet:"people"})}>
                <ha-icon icon="mdi:account-multiple-plus"></ha-icon> ${e.t("first_run.open_people")}
              </button>`:v`<div id="first-run-ask">${e.t("first_run.ask_admin")}</div>`}
    </section>`}static{this.partStyles=J`
    .first-run {
      position: absolute;
      left: 50%;
      top: 50%;
      transform: translate(-50%, -50%);
      max-width: min(86%, 720px);
      display: flex;
      flex-direction: column;
      gap: 16px;
      align-items: center;
      text-align: center;
      font-size: 28px;
      padding: 24px 32px;
      background: rgba(0, 0, 0, 0.7);
      border-radius: 24px;
    }
    .first-run-title {
      font-size: 40px;
    }
    .first-run button {
      display: inline-flex;
      gap: 12px;
      align-items: center;
      padding: 0 28px;
      background: #2e7d32;
    }
  `}};q("mirror-first-run",wn);var ys=class{constructor(){this.digits=""}press(i){i==="clear"?this.digits="":i==="back"?this.digits=this.digits.slice(0,-1):/^[0-9]$/.test(i)&&this.digits.length<8&&(this.digits+=i)}get ready(){return this.digits.length>=4}get masked(){return"\u2022".repeat(this.digits.length)}take(){let i=this.digits;return this.digits="",i}};var Kt=J`
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
    z-index: 1;
  }
  .message {
    color: #ff9a9a;
    font-size: 28px;
    min-height: 36px;
  }
`;var Qc=["1","2","3","4","5","6","7","8","9","back","0","ok"],fi=class extends re{constructor(){super(...arguments);this.name="";this.message="";this.prompt="";this.cancellable=!1;this.padId="pinpad";this.entry=new ys}static{this.properties={name:{attribute:!1},message:{attribute:!1},prompt:{attribute:!1},cancellable:{type:Boolean},padId:{attribute:!1}}}press(e){this.entry.press(e),Y(this,"pin-input",{}),e==="ok"&&this.entry.ready&&Y(this,"pin-submit",{pin:this.entry.take()}),this.requestUpdate()}cancel(){this.entry.take(),Y(this,"pin-cancel",{}),this.requestUpdate()}render(){let e=this.i18n;return v`<div class="prompt" id=${this.padId} role="group" aria-label=${e.t("session.pin_label")}>
      <div class="pin-prompt">${this.prompt||e.t("session.pin_prompt",{name:this.name})}</div>
      <div class="pin">${this.entry.masked||" "}</div>
      <div class="keys">
        ${Qc.map(t=>v`<button
              class="key"
              data-key=${t}
              title=${t==="back"?e.t("session.pin_back"):k}
              @click=${()=>this.press(t)}
            >
              ${t==="back"?"\u232B":t==="ok"?e.t("session.pin_ok"):t}
            </button>`)}
      </div>
      <div class="message" id=${this.padId.replace("pinpad","pin-message")}>${this.message}</div>
      ${this.cancellable?v`<button class="pin-cancel" @click=${()=>this.cancel()}>${e.t("session.pin_cancel")}</button>`:k}
    </div>`}static{this.partStyles=[Kt,J`
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
    `]}};q("mirror-pin-pad",fi);var wl={"look at the mirror and hold still":"enrolment.hint.look","only one face in view, please":"enrolment.hint.one_face","no face in view":"enrolment.hint.no_face","come closer, face the mirror and hold still":"enrolment.hint.closer","a different face: the same person, please":"enrolment.hint.same_person","hold still":"enrolment.hint.hold_still",done:"enrolment.hint.done"};function Wi(n,i){if(wl[i])return n.t(wl[i]);let e=/^no (\d+) good frames within (\d+) s$/.exec(i);return e?n.t("enrolment.hint.timeout",{needed:e[1],seconds:e[2]}):i}var xn=class extends re{constructor(){super(...arguments);this.thumbnail=null;this.open=!1;this.people=[];this.calendars=[];this.progress=null;this.busy=!1;this.note="";this.failed=!1;this.confirming=!1}static{this.properties={person:{attribute:!1},thumbnail:{attribute:!1},open:{type:Boolean},people:{attribute:!1},calendars:{attribute:!1},progress:{attribute:!1},busy:{type:Boolean},note:{attribute:!1},failed:{type:Boolean},confirming:{state:!0}}}willUpdate(){this.open||(this.confirming=!1)}get personId(){return this.person.id}rename(e){e.preventDefault();let s=this.querySelector("input.people-name")?.value.trim()??"";s&&s!==this.person.name&&Y(this,"person-rename",{id:this.personId,name:s})}photo(e){let t=e.target,s=t.files?.[0];t.value="",s&&Y(this,"person-enrol-photo",{id:this.personId,file:s})}calendarsChanged(){let e=[...this.querySelectorAll("input.people-calendar")].filter(t=>t.checked).map(t=>t.value);Y(this,"person-link",{id:this.personId,calendars:e})}summary(){let e=this.i18n,t=this.person,s=t.ha_person?this.people.find(r=>r.entityId===t.ha_person)?.name??t.ha_person:null;return[e.plural("people.faces",t.embeddings,{count:t.embeddings}),e.t(t.has_pin?"people.pin_set":"people.pin_not_set"),s?e.t("people.linked",{person:s}):e.t("people.not_linked"),e.plural("people.calendar_count",t.calendars.length,{count:t.calendars.length})].join(" \xB7 ")}render(){let e=this.i18n,t=this.person;return t?v`<article class="people-card ${this.open?"open":""}" data-person-id=${t.id}>
      <button
        class="people-head"
        aria-expanded=${this.open?"true":"false"}
        @click=${()=>Y(this,"person-open",{id:this.open?null:t.id})}
      >
        ${this.thumbnail?v`<img
                class="people-face"
                alt=${e.t("people.face_of",{name:t.name})}
                src=${this.thumbnail}
              />`:v`<span class="people-face people-initial" aria-hidden="true">${Xc(t.name)}</span>`}
        <span class="people-who">
          <span class="people-title">${t.name}</span>
          <span class="people-summary">${this.summary()}</span>
        </span>
      </button>
      ${this.open?this.details():k}
      ${this.note?v`<div class="people-note ${this.failed?"message":""}" role="status">${this.note}</div>`:k}
    </article>`:k}details(){let e=this.i18n,t=this.person,s=this.progress,r=s?.state==="collecting";return v`<div class="people-details">
      <form class="people-row" @submit=${a=>this.rename(a)}>
        <label>
          <span>${e.t("people.name")}</span>
          <input class="people-name" .value=${t.name} maxlength="64" ?disabled=${this.busy} />
        </label>
        <button class="people-rename" type="submit" ?disabled=${this.busy}>${e.t("people.rename")}</button>
      </form>

      <div class="people-row">
        <span>${e.t("people.add_faces")}</span>
        <button
          class="people-live"
          ?disabled=${this.busy||r}
          @click=${()=>Y(this,"person-enrol-live",{id:this.personId})}
        >
          ${e.t("people.from_mirror")}
        </button>
        <label class="people-photo button ${this.busy?"disabled":""}">
          ${e.t("people.from_photo")}
          <input
            class="people-file"
            type="file"
            accept="image/*"
            ?disabled=${this.busy}
            @change=${a=>this.photo(a)}
          />
        </label>
      </div>
      ${s?this.live(s):k}

      <div class="people-row">
        <span>${e.t(t.has_pin?"people.pin_set":"people.pin_not_set")}</span>
        <button
          class="people-set-pin"
          ?disabled=${this.busy}
          @click=${()=>Y(this,"person-pin",{id:this.personId})}
        >
          ${e.t(t.has_pin?"people.change_pin":"people.set_pin")}
        </button>
        ${t.has_pin?v`<button
                class="people-clear-pin"
                ?disabled=${this.busy}
                @click=${()=>Y(this,"person-clear-pin",{id:this.personId})}
              >
                ${e.t("people.clear_pin")}
              </button>`:k}
      </div>

      <label class="people-row">
        <span>${e.t("people.ha_person")}</span>
        <select
          class="people-ha-person"
          ?disabled=${this.busy}
          @change=${a=>Y(this,"person-link",{id:this.personId,ha_person:a.target.value||null})}
        >
          <option value="" ?selected=${!t.ha_person}>${e.t("people.nobody")}</option>
          ${this.people.map(a=>v`<option value=${a.entityId} ?selected=${a.entityId===t.ha_person}>${a.name}</option>`)}
        </select>
      </label>

      <fieldset class="people-row people-calendars">
        <legend>${e.t("people.calendars")}</legend>
        ${this.calendars.length===0?v`<span class="people-none">${e.t("people.no_calendars")}</span>`:this.calendars.map(a=>v`<label class="people-check">
                    <input
                      class="people-calendar"
                      type="checkbox"
                      value=${a.entityId}
                      .checked=${t.calendars.includes(a.entityId)}
                      ?disabled=${this.busy}
                      @change=${()=>this.calendarsChanged()}
                    />
                    ${a.name}
                  </label>`)}
      </fieldset>

      ${this.confirming?v`<div class="people-row people-confirm" role="alertdialog">
              <span>${e.t("people.forget_question",{name:t.name})}</span>
              <button
                class="people-forget-yes danger"
                ?disabled=${this.busy}
                @click=${()=>Y(this,"person-forget",{id:this.personId})}
              >
                ${e.t("people.forget")}
              </button>
              <button class="people-forget-no" @click=${()=>this.confirming=!1}>
                ${e.t("people.cancel")}
              </button>
            </div>`:v`<div class="people-row">
              <button class="people-forget danger" ?disabled=${this.busy} @click=${()=>this.confirming=!0}>
                ${e.t("people.forget_ellipsis")}
              </button>
            </div>`}
    </div>`}live(e){let t=this.i18n,s=e.needed?Math.min(100,Math.round(e.collected/e.needed*100)):0;if(e.state==="done")return v`<div class="people-live-state" data-state="done">
        ${t.t("people.live_done",{name:this.person.name})}
      </div>`;if(e.state!=="collecting"){let r=e.error??e.hint;return v`<div class="people-live-state message" data-state=${e.state}>
        ${r?Wi(t,r):t.t("enrolment.failed")}
      </div>`}return v`<div class="people-live-state" data-state="collecting">
      <div>${t.t("enrolment.stand_still",{name:this.person.name})}</div>
      <div class="progress"><span style="width:${s}%"></span></div>
      <div class="people-progress">${e.collected} / ${e.needed}</div>
      ${e.hint?v`<div class="people-hint">${Wi(t,e.hint)}</div>`:k}
    </div>`}static{this.partStyles=J`
    .people-card {
      background: rgba(255, 255, 255, 0.08);
      border-radius: 18px;
      padding: 8px 12px;
    }
    .people-card.open {
      background: rgba(255, 255, 255, 0.14);
    }
    .people-head {
      display: flex;
      gap: 16px;
      align-items: center;
      width: 100%;
      text-align: start;
      background: none;
      padding: 4px;
    }
    .people-face {
      width: 72px;
      height: 72px;
      border-radius: 50%;
      object-fit: cover;
      flex: none;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      background: rgba(255, 255, 255, 0.2);
      font-size: 36px;
    }
    .people-who {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .people-title {
      font-size: 30px;
    }
    .people-summary {
      font-size: 20px;
      color: #ccc;
    }
    .people-details {
      display: flex;
      flex-direction: column;
      gap: 12px;
      padding: 8px 4px 4px;
    }
    .people-row {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      font-size: 22px;
      border: none;
      margin: 0;
      padding: 0;
    }
    .people-row label,
    label.people-row {
      display: flex;
      gap: 12px;
      align-items: center;
      flex-wrap: wrap;
    }
    .people-calendars legend {
      padding: 0;
      margin-bottom: 6px;
    }
    .people-check {
      min-height: 48px;
      padding: 0 12px;
      border-radius: 12px;
      background: rgba(255, 255, 255, 0.1);
    }
    .people-check input {
      width: 28px;
      height: 28px;
    }
    .people-details input.people-name,
    .people-details select {
      font-size: 22px;
      min-height: 52px;
      border-radius: 12px;
      padding: 0 12px;
      background: rgba(0, 0, 0, 0.5);
      color: #fff;
      border: 1px solid rgba(255, 255, 255, 0.4);
    }
    .people-details button,
    .people-details .button {
      min-height: 56px;
      padding: 0 18px;
      font-size: 22px;
      border-radius: 14px;
      display: inline-flex;
      align-items: center;
      background: rgba(255, 255, 255, 0.15);
      color: #fff;
    }
    .people-photo input {
      display: none;
    }
    .people-photo.disabled {
      opacity: 0.5;
    }
    .people-details button.danger {
      background: #8e2424;
    }
    .people-note {
      font-size: 20px;
      color: #bfe8c8;
      padding: 4px;
    }
    .people-note.message {
      color: #ff9a9a;
    }
    .people-live-state {
      font-size: 22px;
    }
    .people-live-state .progress {
      margin: 6px 0;
      width: 100%;
      height: 16px;
      background: rgba(255, 255, 255, 0.2);
      border-radius: 8px;
      overflow: hidden;
    }
    .people-live-state .progress span {
      display: block;
      height: 100%;
      background: #7cfc9a;
    }
  `}};function Xc(n){return[...n.trim()][0]?.toLocaleUpperCase()??"?"}q("mirror-person-card",xn);function ed(n,i,e=1600){let t=Math.min(1,e/Math.max(n,i,1));return{width:Math.max(1,Math.round(n*t)),height:Math.max(1,Math.round(i*t))}}function td(n){let i=n.indexOf(",");return i<0?n:n.slice(i+1)}function id(n){let i=n.endsWith("==")?2:n.endsWith("=")?1:0;return Math.floor(n.length*3/4)-i}async function xl(n,i=1600){let e;try{e=await createImageBitmap(n)}catch{throw{code:"not_an_image",message:"not an image"}}try{let t=ed(e.width,e.height,i),s=document.createElement("canvas");s.width=t.width,s.height=t.height;let r=s.getContext("2d");if(!r)throw{code:"not_an_image",message:"no canvas to scale the photo in"};r.drawImage(e,0,0,t.width,t.height);for(let a of[.9,.75,.6]){let p=td(s.toDataURL("image/jpeg",a));if(id(p)<=3e6)return p}throw{code:"image_too_large",message:"the photo is too large even scaled down"}}finally{e.close()}}var nd=new Set(["done","failed","cancelled"]),$n=class extends re{constructor(){super(...arguments);this.live=null;this.persons=null;this.thumbnails={};this.openId=null;this.error="";this.notes={};this.busy={};this.pin=null;this.adding=!1;this.said="";this.liveFor=null;this.loading=!1}static{this.properties={hass:{attribute:!1},entryId:{attribute:!1},live:{attribute:!1},persons:{state:!0},thumbnails:{state:!0},openId:{state:!0},error:{state:!0},notes:{state:!0},busy:{state:!0},pin:{state:!0},adding:{state:!0},liveFor:{state:!0},said:{state:!0}}}updated(e){if(this.hass&&this.entryId&&this.persons===null&&!this.loading&&this.load(),e.has("live")&&this.liveFor&&this.live&&this.live!==this.liveFor.before){let t=this.live;if(t.person_id===this.liveFor.id&&nd.has(t.state)){let s=this.liveFor.id;this.liveFor={...this.liveFor,progress:t,before:t},t.state==="done"&&this.refresh(s)}}}call(e,t={}){return this.hass.callWS({type:`smart_mirror/persons${e}`,entry_id:this.entryId,...t})}async load(){this.loading=!0;try{this.persons=await this.call(""),this.error="",await Promise.all(this.persons.filter(e=>e.has_thumbnail).map(e=>this.fetchThumbnail(e.id)))}catch(e){this.error=this.i18n.error(e),this.persons??=[]}finally{this.loading=!1}}async fetchThumbnail(e){try{let{content_type:t,image:s}=await this.call("/thumbnail",{person_id:e});this.thumbnails={...this.thumbnails,[e]:`data:${t};base64,${s}`}}catch{}}async refresh(e){try{let t=await this.call("");this.persons=t,t.find(s=>s.id===e)?.has_thumbnail&&await this.fetchThumbnail(e)}catch(t){this.note(e,this.i18n.error(t),!0)}}replace(e){this.persons=(this.persons??[]).map(t=>t.id===e.id?{...t,...e}:t)}note(e,t,s=!1){this.notes={...this.notes,[e]:{text:t,failed:s}}}async act(e,t){this.busy={...this.busy,[e]:!0},this.note(e,"");try{let s=await t();s&&this.note(e,s)}catch(s){this.note(e,this.i18n.error(s),!0)}finally{this.busy={...this.busy,[e]:!1}}}async create(e){e.preventDefault();let t=this.querySelector("#people-new-name"),s=t?.value.trim()??"";if(!(!s||this.adding)){this.adding=!0,this.error="";try{let r=await this.call("/create",{name:s});this.persons=[...this.persons??[],r],this.openId=r.id,this.note(r.id,this.i18n.t("people.added",{name:r.name})),t&&(t.value="")}catch(r){this.error=this.i18n.error(r)}finally{this.adding=!1}}}rename(e,t){return this.act(e,async()=>(this.replace(await this.call("/rename",{person_id:e,name:t})),this.i18n.t("people.renamed",{name:t})))}link(e,t){return this.act(e,async()=>(this.replace(await this.call("/link",{person_id:e,...t})),this.i18n.t("people.saved")))}clearPin(e){return this.act(e,async()=>(await this.call("/clear_pin",{person_id:e}),this.replace({id:e,has_pin:!1}),this.i18n.t("people.pin_cleared")))}enrolLive(e){return this.act(e,async()=>{let t=this.live,s=await this.call("/enrol_live",{person_id:e});this.liveFor={id:e,progress:{...s,person_id:e},before:t}})}enrolPhoto(e,t){return this.act(e,async()=>{let s=await xl(t),r=await this.call("/enrol_photo",{person_id:e,image:s});return await this.refresh(e),this.i18n.plural("people.photo_added",r.added??1,{count:r.added??1})})}forget(e){let t=this.persons?.find(s=>s.id===e)?.name??"";return this.act(e,async()=>{await this.call("/forget",{person_id:e}),this.persons=(this.persons??[]).filter(s=>s.id!==e),this.openId===e&&(this.openId=null),this.error="",this.say("people.forgotten",{name:t})})}say(e,t){this.said=this.i18n.t(e,t)}pinSubmitted(e){let t=this.pin;if(t){if(t.first===null){this.pin={...t,first:e,message:""};return}if(t.first!==e){this.pin={...t,first:null,message:this.i18n.t("people.pin_mismatch")};return}this.pin=null,this.act(t.id,async()=>(await this.call("/set_pin",{person_id:t.id,pin:e}),this.replace({id:t.id,has_pin:!0}),this.i18n.t("people.pin_saved")))}}household(e){return Object.values(this.hass?.states??{}).filter(t=>t.entity_id.startsWith(`${e}.`)).map(t=>({entityId:t.entity_id,name:t.attributes.friendly_name??t.entity_id})).sort((t,s)=>t.name.localeCompare(s.name,this.i18n.locale))}progressOf(e){let t=this.liveFor;if(!t||t.id!==e)return null;let s=this.live;return s&&s!==t.before&&s.person_id===e&&"collected"in s?s:t.progress}render(){let e=this.i18n,t=this.persons,s=this.household("person"),r=this.household("calendar"),a=this.pin?t?.find(p=>p.id===this.pin.id):void 0;return v`<section class="people-sheet" id="people" aria-label=${e.t("people.title")}>
      <header class="people-header">
        <h2>${e.t("people.title")}</h2>
        <button
          class="people-close"
          title=${e.t("people.close")}
          @click=${()=>Y(this,"open-sheet",{sheet:"people"})}
        >
          ✕
        </button>
      </header>
      ${this.error?v`<div class="message people-error" role="alert">${this.error}</div>`:k}
      ${this.said?v`<div class="people-said" role="status">${this.said}</div>`:k}
      <form class="people-add" @submit=${p=>{this.create(p)}}>
        <input
          id="people-new-name"
          maxlength="64"
          placeholder=${e.t("people.new_name")}
          aria-label=${e.t("people.new_name")}
        />
        <button id="people-add" type="submit" ?disabled=${this.adding}>${e.t("people.add")}</button>
      </form>
      ${t===null?v`<div class="people-empty">${e.t("people.loading")}</div>`:t.length===0?v`<div class="people-empty" id="people-none">${e.t("people.nobody_yet")}</div>`:v`<div class="people-list">
                ${t.map(p=>v`<mirror-person-card
                      .i18n=${e}
                      .person=${p}
                      .thumbnail=${this.thumbnails[p.id]??null}
                      .open=${this.openId===p.id}
                      .people=${s}
                      .calendars=${r}
                      .progress=${this.progressOf(p.id)}
                      .busy=${!!this.busy[p.id]}
                      .note=${this.notes[p.id]?.text??""}
                      .failed=${!!this.notes[p.id]?.failed}
                      @person-open=${u=>this.openId=u.detail.id}
                      @person-rename=${u=>{this.rename(u.detail.id,u.detail.name)}}
                      @person-pin=${u=>this.pin={id:u.detail.id,first:null,message:""}}
                      @person-clear-pin=${u=>{this.clearPin(u.detail.id)}}
                      @person-link=${u=>{let{id:f,..._}=u.detail;this.link(f,_)}}
                      @person-enrol-live=${u=>{this.enrolLive(u.detail.id)}}
                      @person-enrol-photo=${u=>{this.enrolPhoto(u.detail.id,u.detail.file)}}
                      @person-forget=${u=>{this.forget(u.detail.id)}}
                    ></mirror-person-card>`)}
              </div>`}
      ${this.pin&&a?v`<div class="people-pin">
              <mirror-pin-pad
                .i18n=${e}
                .padId=${"people-pinpad"}
                .prompt=${e.t(this.pin.first===null?"people.pin_new":"people.pin_again",{name:a.name})}
                .message=${this.pin.message}
                cancellable
                @pin-input=${p=>{p.stopPropagation(),this.pin?.message&&(this.pin={...this.pin,message:""})}}
                @pin-submit=${p=>{p.stopPropagation(),this.pinSubmitted(p.detail.pin)}}
                @pin-cancel=${p=>{p.stopPropagation(),this.pin=null}}
              ></mirror-pin-pad>
            </div>`:k}
    </section>`}static{this.partStyles=[xn.partStyles,fi.partStyles,J`
      /* between the picture controls (top) and the sheet buttons (bottom) */
      .people-sheet {
        position: absolute;
        top: 96px;
        bottom: 96px;
        left: 50%;
        transform: translateX(-50%);
        width: min(calc(100% - 32px), 960px);
        overflow-y: auto;
        box-sizing: border-box;
        display: flex;
        flex-direction: column;
        gap: 14px;
        padding: 20px 24px;
        background: rgba(0, 0, 0, 0.82);
        border-radius: 24px;
        font-size: 24px;
        z-index: 2;
      }
      .people-header {
        display: flex;
        align-items: center;
        justify-content: space-between;
      }
      .people-header h2 {
        margin: 0;
        font-size: 36px;
        font-weight: normal;
      }
      .people-add {
        display: flex;
        gap: 12px;
      }
      .people-add input {
        flex: 1;
        font-size: 24px;
        min-height: 60px;
        border-radius: 14px;
        padding: 0 14px;
        background: rgba(255, 255, 255, 0.1);
        color: #fff;
        border: 1px solid rgba(255, 255, 255, 0.4);
      }
      .people-add button {
        padding: 0 24px;
        font-size: 24px;
      }
      .people-list {
        display: flex;
        flex-direction: column;
        gap: 12px;
      }
      .people-empty,
      .people-said {
        color: #ccc;
      }
      .people-pin {
        position: sticky;
        bottom: 0;
        display: flex;
        justify-content: center;
      }
      .people-pin .prompt {
        position: static;
        transform: none;
        background: rgba(20, 20, 20, 0.96);
        border: 2px solid rgba(124, 252, 154, 0.6);
      }
      .people-pin .pin-cancel {
        margin-top: 8px;
        padding: 0 24px;
      }
    `]}};q("mirror-people",$n);var kn=class extends re{constructor(){super(...arguments);this.enrolment={step:"who"};this.people=[]}static{this.properties={enrolment:{attribute:!1},people:{attribute:!1}}}render(){let e=this.i18n,t=this.enrolment;if(t.step==="who")return v`<div class="prompt" id="enrol">
        <div>${e.t("enrolment.who")}</div>
        ${this.people.map(a=>v`<button
              class="person"
              data-person=${a.entityId}
              @click=${()=>Y(this,"enrol-person",a)}
            >
              ${a.name}
            </button>`)}
        <button id="enrol-cancel" @click=${()=>Y(this,"enrol-cancel",{})}>${e.t("enrolment.not_now")}</button>
      </div>`;let s=t.needed?Math.round((t.collected??0)/t.needed*100):0,r=t.hint?Wi(e,t.hint):null;return v`<div class="prompt" id="enrol">
      ${t.step==="collecting"?v`<div>${e.t("enrolment.stand_still",{name:t.name??""})}</div>
              <div class="progress"><span style="width:${s}%"></span></div>
              <div id="enrol-progress">${t.collected??0} / ${t.needed??"\u2026"}</div>
              ${r?v`<div class="message">${r}</div>`:k}`:t.step==="done"?v`<div id="enrol-done">${e.t("enrolment.welcome",{name:t.name??""})}</div>`:v`<div class="message">${t.error?Wi(e,t.error):e.t("enrolment.failed")}</div>
                <button id="enrol-retry" @click=${()=>Y(this,"enrol-retry",{})}>
                  ${e.t("enrolment.try_again")}
                </button>`}
    </div>`}static{this.partStyles=[Kt,J`
      .progress {
        width: 100%;
        height: 16px;
        background: rgba(255, 255, 255, 0.2);
        border-radius: 8px;
        overflow: hidden;
      }
      .progress span {
        display: block;
        height: 100%;
        background: #7cfc9a;
      }
    `]}};q("mirror-enrolment",kn);var Sn=class extends re{constructor(){super(...arguments);this.person=null;this.suggestEnrolment=!1}static{this.properties={person:{attribute:!1},suggestEnrolment:{type:Boolean}}}render(){let e=this.i18n;return this.person!==null?v`<div class="greeting person">
        <span id="greeting">${e.t("session.hello",{name:this.person})}</span>
        <button id="not-me" @click=${()=>Y(this,"not-me",{})}>${e.t("session.not_me")}</button>
      </div>`:v`<div class="greeting guest" id="guest">
      ${e.t("session.hello_guest")}
      ${this.suggestEnrolment?v`<button id="enrol-start" @click=${()=>Y(this,"enrol-start",{})}>
              ${e.t("session.enrol_me")}
            </button>`:k}
    </div>`}static{this.partStyles=[Kt,J`
      .greeting.person {
        display: flex;
        align-items: center;
        gap: 24px;
        white-space: nowrap;
      }
      /* big enough to hit from where one stands, without looking for it */
      #not-me {
        min-height: 88px;
        padding: 0 32px;
        font-size: 34px;
        border-radius: 44px;
        background: rgba(255, 255, 255, 0.22);
        border: 2px solid rgba(255, 255, 255, 0.55);
      }
    `]}};q("mirror-greeting",Sn);var En=class extends re{constructor(){super(...arguments);this.faces=[]}static{this.properties={faces:{attribute:!1}}}render(){let e=this.i18n;return v`<div class="prompt" id="chooser" role="group" aria-label=${e.t("session.chooser_label")}>
      <div>${e.t("session.choose_face")}</div>
      ${this.faces.map((t,s)=>v`<button class="face" data-face=${s} @click=${()=>Y(this,"choose-face",{index:s})}>
            ${t.name??e.t("session.face",{number:s+1})}
          </button>`)}
    </div>`}static{this.partStyles=Kt}};q("mirror-person-chooser",En);var An=class extends re{constructor(){super(...arguments);this.zoom=1;this.fit="fill";this.faces=new Vi;this.decoding=!1}static{this.properties={zoom:{type:Number},fit:{attribute:!1},faces:{attribute:!1},frame:{attribute:!1}}}updated(e){e.has("frame")&&this.frame&&(this.pending=this.frame,this.paint())}async paint(){if(!(this.decoding||!this.pending)){this.decoding=!0;try{for(;this.pending;){let e=this.pending;this.pending=void 0;let t=await createImageBitmap(new Blob([e.jpeg],{type:"image/jpeg"}));await new Promise(r=>requestAnimationFrame(r));let s=this.draw(t,e.seq);t.close(),s&&Y(this,"frame-painted",{seq:e.seq,captured:e.captured,...s})}}finally{this.decoding=!1}}}draw(e,t){let s=this.querySelector("#picture"),r=this.querySelector("#overlay");if(!s||!r)return null;for(let u of[s,r])(u.width!==e.width||u.height!==e.height)&&(u.width=e.width,u.height=e.height);let a={width:e.width,height:e.height,boxes:0,named:0};s.getContext("2d")?.drawImage(e,0,0);let p=r.getContext("2d");if(!p)return a;p.clearRect(0,0,r.width,r.height),p.lineWidth=Math.max(2,e.width/320),p.font=`${Math.round(e.width/40)}px sans-serif`;for(let u of this.faces.forFrame(t)){let f=fl(u.box,e.width);p.strokeStyle=u.name?"#7CFC9A":"rgba(255,255,255,0.7)",p.strokeRect(f.left,f.top,f.right-f.left,f.bottom-f.top),a.boxes+=1,u.name&&(a.named+=1,p.fillStyle="#7CFC9A",p.fillText(u.name,f.left,Math.max(f.top-8,20)))}return a}render(){return v`<div class="picture picture-${this.fit}" style="transform: scale(${this.zoom})">
      <canvas id="picture"></canvas>
      <canvas id="overlay"></canvas>
    </div>`}static{this.partStyles=J`
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
    .picture-fit canvas {
      object-fit: contain;
    }
    #picture {
      transform: scaleX(-1);
    }
    @container mirror (orientation: portrait) {
      .picture-fit canvas {
        object-position: 50% 0;
      }
      .picture-fit {
        transform-origin: 50% calc(50cqw * var(--picture-ratio, 0.5625));
      }
    }
  `}};q("mirror-stream-view",An);var lt=class extends tt{constructor(){super(...arguments);this.i18n=Ze;this.data=null;this.error=""}static{this.properties={hass:{attribute:!1},entryId:{attribute:!1},sessionId:{attribute:!1},i18n:{attribute:!1},data:{state:!0},error:{state:!0}}}me(e,t="GET",s,r){return this.hass.callWS({type:"smart_mirror/me",entry_id:this.entryId,session_id:this.sessionId,path:e,method:t,...s?{body:s}:{},...r?{query:r}:{}})}failed(e){this.error=this.i18n.error(e)}updated(e){(e.has("sessionId")||e.has("hass"))&&this.hass&&this.entryId&&!this.data&&this.load().catch(t=>this.failed(t))}static{this.styles=J`
    :host {
      display: block;
      background: rgba(0, 0, 0, 0.45);
      border-radius: 20px;
      padding: 16px 20px;
      color: #fff;
      /* the widget column's type (it grows with the screen), 24px elsewhere */
      font-size: var(--mirror-widget-type, 24px);
    }
    button {
      min-width: 64px;
      min-height: 56px;
      font-size: 0.9em;
      border-radius: 14px;
      border: none;
      background: rgba(255, 255, 255, 0.15);
      color: #fff;
      margin: 4px;
    }
    button.on {
      background: #2e7d32;
    }
    table {
      font-size: 0.75em;
      border-collapse: collapse;
    }
    td,
    th {
      padding: 2px 8px;
      text-align: right;
    }
    .error {
      color: #ff9a9a;
      font-size: 0.75em;
    }
  `}};var yo=class extends lt{async load(){this.data=await this.hass.callWS({type:"smart_mirror/trainer",entry_id:this.entryId})}async retrain(){try{await this.hass.callWS({type:"smart_mirror/trainer",entry_id:this.entryId,action:"retrain"}),await this.load()}catch(i){this.failed(i)}}samples(i){let e=this.i18n,t=Object.entries(i).filter(([,s])=>s>0);return t.length===0?e.t("admin.none"):t.map(([s,r])=>`${e.lookup(`admin.kind.${s}`,s.replace(/_/g," "))} ${e.number(r)}`).join(" \xB7 ")}render(){let i=this.i18n;if(this.error)return v`<div class="error">${i.t("admin.error",{error:this.error})}</div>`;let e=this.data??{},t=e.versions??[],s=e.samples??{};return v`<div>${i.t("admin.title")}</div>
      <div id="samples">${i.t("admin.samples",{samples:this.samples(s)})}</div>
      <div id="not-me-count">
        ${i.plural("admin.not_me",s.not_me??0,{count:i.number(s.not_me??0)})}
      </div>
      <table>
        <tr>
          <th>${i.t("admin.model")}</th>
          <th>${i.t("admin.version")}</th>
          <th>${i.t("admin.accuracy")}</th>
          <th>${i.t("admin.in_use")}</th>
        </tr>
        ${t.slice(0,5).map(r=>v`<tr>
              <td>${r.kind}</td>
              <td>${r.version}</td>
              <td>${r.metrics?.accuracy??"\u2013"}</td>
              <td>${r.promoted?"\u2713":""}</td>
            </tr>`)}
      </table>
      <button id="retrain" @click=${()=>{this.retrain()}}>${i.t("admin.retrain")}</button>`}};q("mirror-admin",yo);var Yt=J`
  .widget {
    background: rgba(0, 0, 0, 0.45);
    border-radius: 20px;
    padding: 16px 20px;
  }
`;var Pn=class extends re{constructor(){super(...arguments);this.assessment={};this.focused=!1}static{this.properties={assessment:{attribute:!1},focused:{type:Boolean}}}render(){let e=this.i18n,t=this.assessment,s=t.emotions??{},r=t.emotion?e.lookup(`emotion.${t.emotion}`,t.emotion):"\u2013",a=t.age===void 0?"\u2013":e.number(Math.round(t.age));return v`<section class="widget ${this.focused?"focused":""}" id="assessment" data-widget="assessment">
      <div>${e.t("assessment.age",{age:a,emotion:r})}</div>
      ${rs.map(p=>v`<div class="bar" data-emotion=${p}>
            <span>${e.t(`emotion.${p}`)}</span
            ><span class="fill" style="width:${Math.round((s[p]??0)*100)}%"></span>
          </div>`)}
      <div>${e.t("assessment.live",{share:e.percent(t.live??0)})}</div>
    </section>`}static{this.partStyles=[Yt,J`
      .bar {
        display: flex;
        gap: 8px;
        align-items: center;
        font-size: 0.7em;
      }
      .bar span:first-child {
        width: 4.8em;
      }
      .fill {
        height: 0.6em;
        background: #7cfc9a;
        border-radius: 6px;
      }
    `]}};q("mirror-assessment",Pn);var sd=[["accuracy","calibration.accuracy"],["precision","calibration.precision"],["recall","calibration.recall"],["f1","calibration.f1"]],bo=class extends lt{async load(){this.data=await this.me("calibration")}disconnectedCallback(){super.disconnectedCallback(),this.polling&&clearInterval(this.polling),this.polling=void 0}async hold(i){try{await this.me("calibration/collect","POST",{label:i,frames:100}),this.polling||(this.polling=setInterval(()=>{this.load().catch(e=>this.failed(e))},500))}catch(e){this.failed(e)}}async train(){try{this.data={...this.data,report:await this.me("calibration/train","POST")}}catch(i){this.failed(i)}}render(){let i=this.i18n,e=this.data?.counts??{},t=this.data?.needed_per_class??100,s=this.data?.report;return v`<div>${i.t("calibration.title")}</div>
      ${rs.map(r=>v`<button data-expression=${r} @pointerdown=${()=>{this.hold(r)}}>
            ${i.t(`emotion.${r}`)} ${e[r]??0}/${t}
          </button>`)}
      <button id="train" @click=${()=>{this.train()}}>${i.t("calibration.train")}</button>
      ${s?v`<table>
              ${sd.map(([r,a])=>v`<tr>
                    <td>${i.t(a)}</td>
                    <td>${s.metrics?.[r]??s[r]??"\u2013"}</td>
                  </tr>`)}
            </table>`:k}
      ${this.error?v`<div class="error">${this.error}</div>`:k}`}};q("mirror-calibration",bo);var od=[{hook:"A good day",key:"diary.mood.good_day",icon:"\u{1F60A}"},{hook:"Tired",key:"diary.mood.tired",icon:"\u{1F634}"},{hook:"Grateful",key:"diary.mood.grateful",icon:"\u{1F64F}"},{hook:"Busy",key:"diary.mood.busy",icon:"\u23F1"}],_o=class extends lt{async load(){this.data=await this.me("diary")}async write(i){try{await this.me("diary","POST",{text:i,capture:!0}),await this.load()}catch(e){this.failed(e)}}render(){let i=this.i18n,e=this.data??[];return v`<div>${i.t("diary.title")}</div>
      <div>
        ${od.map(({hook:t,key:s,icon:r})=>{let a=i.t(s);return v`<button data-mood=${t} @click=${()=>{this.write(a)}}>${r} ${a}</button>`})}
      </div>
      ${e.slice(0,3).map(t=>v`<div class="entry">${t.text}${t.mood?` \xB7 ${i.lookup(`emotion.${t.mood}`,t.mood)}`:""}</div>`)}
      ${this.error?v`<div class="error">${this.error}</div>`:k}`}};q("mirror-diary",_o);var rd="uplot",ld="u-hz",ad="u-vt",cd="u-title",dd="u-wrap",pd="u-under",ud="u-over",hd="u-axis",vi="u-off",fd="u-select",md="u-cursor-x",gd="u-cursor-y",vd="u-cursor-pt",yd="u-legend",bd="u-live",_d="u-inline",wd="u-series",xd="u-marker",$l="u-label",$d="u-value",Mn="width",In="height";var kl="bottom",qi="left",wo="right",Oo="#000",Sl=Oo+"0",xo="mousemove",El="mousedown",$o="mouseup",Al="mouseenter",Pl="mouseleave",Tl="dblclick",kd="resize",Sd="scroll",Ml="change",$s="dppxchange",Ho="--",Ji=typeof window<"u",Po=Ji?document:null,ji=Ji?window:null,Ed=Ji?navigator:null,pe,bs;function To(){let n=devicePixelRatio;pe!=n&&(pe=n,bs&&Io(Ml,bs,To),bs=matchMedia(`(min-resolution: ${pe-.001}dppx) and (max-resolution: ${pe+.001}dppx)`),yi(Ml,bs,To),ji.dispatchEvent(new CustomEvent($s)))}function at(n,i){if(i!=null){let e=n.classList;!e.contains(i)&&e.add(i)}}function Mo(n,i){let e=n.classList;e.contains(i)&&e.remove(i)}function xe(n,i,e){n.style[i]=e+"px"}function kt(n,i,e,t){let s=Po.createElement(n);return i!=null&&at(s,i),e?.insertBefore(s,t),s}function vt(n,i){return kt("div",n,i)}var Il=new WeakMap;function Dt(n,i,e,t,s){let r="translate("+i+"px,"+e+"px)",a=Il.get(n);r!=a&&(n.style.transform=r,Il.set(n,r),i<0||e<0||i>t||e>s?at(n,vi):Mo(n,vi))}var Cl=new WeakMap;function Ll(n,i,e){let t=i+e,s=Cl.get(n);t!=s&&(Cl.set(n,t),n.style.background=i,n.style.borderColor=e)}var Dl=new WeakMap;function Rl(n,i,e,t){let s=i+""+e,r=Dl.get(n);s!=r&&(Dl.set(n,s),n.style.height=e+"px",n.style.width=i+"px",n.style.marginLeft=t?-i/2+"px":0,n.style.marginTop=t?-e/2+"px":0)}var Fo={passive:!0},Ad={...Fo,capture:!0};function yi(n,i,e,t){i.addEventListener(n,e,t?Ad:Fo)}function Io(n,i,e,t){i.removeEventListener(n,e,Fo)}Ji&&To();function St(n,i,e,t){let s;e=e||0,t=t||i.length-1;let r=t<=2147483647;for(;t-e>1;)s=r?e+t>>1:ct((e+t)/2),i[s]<n?e=s:t=s;return n-i[e]<=i[t]-n?e:t}function ca(n){return(e,t,s)=>{let r=-1,a=-1;for(let p=t;p<=s;p++)if(n(e[p])){r=p;break}for(let p=s;p>=t;p--)if(n(e[p])){a=p;break}return[r,a]}}var da=n=>n!=null,pa=n=>n!=null&&n>0,Es=ca(da),Pd=ca(pa);function Td(n,i,e,t=0,s=!1){let r=s?Pd:Es,a=s?pa:da;[i,e]=r(n,i,e);let p=n[i],u=n[i];if(i>-1)if(t==1)p=n[i],u=n[e];else if(t==-1)p=n[e],u=n[i];else for(let f=i;f<=e;f++){let _=n[f];a(_)&&(_<p?p=_:_>u&&(u=_))}return[p??ge,u??-ge]}function As(n,i,e,t){let s=Ol(n),r=Ol(i);n==i&&(s==-1?(n*=e,i/=e):(n/=e,i*=e));let a=e==10?Ft:ua,p=s==1?ct:yt,u=r==1?yt:ct,f=p(a(De(n))),_=u(a(De(i))),m=Gi(e,f),y=Gi(e,_);return e==10&&(f<0&&(m=ve(m,-f)),_<0&&(y=ve(y,-_))),t||e==2?(n=m*s,i=y*r):(n=ga(n,m),i=Ps(i,y)),[n,i]}function Uo(n,i,e,t){let s=As(n,i,e,t);return n==0&&(s[0]=0),i==0&&(s[1]=0),s}var Vo=.1,Nl={mode:3,pad:Vo},Ln={pad:0,soft:null,mode:0},Md={min:Ln,max:Ln};function ks(n,i,e,t){return Ts(e)?zl(n,i,e):(Ln.pad=e,Ln.soft=t?0:null,Ln.mode=t?3:0,zl(n,i,Md))}function ce(n,i){return n??i}function Id(n,i,e){for(i=ce(i,0),e=ce(e,n.length-1);i<=e;){if(n[i]!=null)return!0;i++}return!1}function zl(n,i,e){let t=e.min,s=e.max,r=ce(t.pad,0),a=ce(s.pad,0),p=ce(t.hard,-ge),u=ce(s.hard,ge),f=ce(t.soft,ge),_=ce(s.soft,-ge),m=ce(t.mode,0),y=ce(s.mode,0),P=i-n,M=Ft(P),H=Je(De(n),De(i)),U=Ft(H),W=De(U-M);(P<1e-24||W>10)&&(P=0,(n==0||i==0)&&(P=1e-24,m==2&&f!=ge&&(r=0),y==2&&_!=-ge&&(a=0)));let $=P||H||1e3,F=Ft($),S=Gi(10,ct(F)),X=$*(P==0?n==0?.1:1:r),L=ve(ga(n-X,S/10),24),ee=n>=f&&(m==1||m==3&&L<=f||m==2&&L>=f)?f:ge,K=Je(p,L<ee&&n>=ee?ee:Et(ee,L)),ne=$*(P==0?i==0?.1:1:a),G=ve(Ps(i+ne,S/10),24),E=i<=_&&(y==1||y==3&&G>=_||y==2&&G<=_)?_:-ge,Q=Et(u,G>E&&i<=E?E:Je(E,G));return K==Q&&K==0&&(Q=100),[K,Q]}var Cd=new Intl.NumberFormat(Ji?Ed.language:"en-US"),Wo=n=>Cd.format(n),dt=Math,xs=dt.PI,De=dt.abs,ct=dt.floor,Le=dt.round,yt=dt.ceil,Et=dt.min,Je=dt.max,Gi=dt.pow,Ol=dt.sign,Ft=dt.log10,ua=dt.log2,Ld=(n,i=1)=>dt.sinh(n)*i,ko=(n,i=1)=>dt.asinh(n/i),ge=1/0;function Hl(n){return(Ft((n^n>>31)-(n>>31))|0)+1}function Co(n,i,e){return Et(Je(n,i),e)}function ha(n){return typeof n=="function"}function se(n){return ha(n)?n:()=>n}var Dd=()=>{},fa=n=>n,ma=(n,i)=>i,Rd=n=>null,Fl=n=>!0,Ul=(n,i)=>n==i,Nd=/\.\d*?(?=9{6,}|0{6,})/gm,bi=n=>{if(ya(n)||Jt.has(n))return n;let i=`${n}`,e=i.match(Nd);if(e==null)return n;let t=e[0].length-1;if(i.indexOf("e-")!=-1){let[s,r]=i.split("e");return+`${bi(s)}e${r}`}return ve(n,t)};function mi(n,i){return bi(ve(bi(n/i))*i)}function Ps(n,i){return bi(yt(bi(n/i))*i)}function ga(n,i){return bi(ct(bi(n/i))*i)}function ve(n,i=0){if(ya(n))return n;let e=10**i,t=n*e*(1+Number.EPSILON);return Le(t)/e}var Jt=new Map;function va(n){return((""+n).split(".")[1]||"").length}function Rn(n,i,e,t){let s=[],r=t.map(va);for(let a=i;a<e;a++){let p=De(a),u=ve(Gi(n,a),p);for(let f=0;f<t.length;f++){let _=n==10?+`${t[f]}e${a}`:t[f]*u,m=(a>=0?0:p)+(a>=r[f]?0:r[f]),y=n==10?_:ve(_,m);s.push(y),Jt.set(y,m)}}return s}var Dn={},qo=[],Ki=[null,null],Zt=Array.isArray,ya=Number.isInteger,zd=n=>n===void 0;function Vl(n){return typeof n=="string"}function Ts(n){let i=!1;if(n!=null){let e=n.constructor;i=e==null||e==Object}return i}function Od(n){return n!=null&&typeof n=="object"}var Hd=Object.getPrototypeOf(Uint8Array),ba="__proto__";function Yi(n,i=Ts){let e;if(Zt(n)){let t=n.find(s=>s!=null);if(Zt(t)||i(t)){e=Array(n.length);for(let s=0;s<n.length;s++)e[s]=Yi(n[s],i)}else e=n.slice()}else if(n instanceof Hd)e=n.slice();else if(i(n)){e={};for(let t in n)t!=ba&&(e[t]=Yi(n[t],i))}else e=n;return e}function Me(n){let i=arguments;for(let e=1;e<i.length;e++){let t=i[e];for(let s in t)s!=ba&&(Ts(n[s])?Me(n[s],Yi(t[s])):n[s]=Yi(t[s]))}return n}var Fd=0,Ud=1,Vd=2;function Wd(n,i,e){for(let t=0,s,r=-1;t<i.length;t++){let a=i[t];if(a>r){for(s=a-1;s>=0&&n[s]==null;)n[s--]=null;for(s=a+1;s<e&&n[s]==null;)n[r=s++]=null}}}function qd(n,i){if(Gd(n)){let a=n[0].slice();for(let p=1;p<n.length;p++)a.push(...n[p].slice(1));return Kd(a[0])||(a=jd(a)),a}let e=new Set;for(let a=0;a<n.length;a++){let u=n[a][0],f=u.length;for(let _=0;_<f;_++)e.add(u[_])}let t=[Array.from(e).sort((a,p)=>a-p)],s=t[0].length,r=new Map;for(let a=0;a<s;a++)r.set(t[0][a],a);for(let a=0;a<n.length;a++){let p=n[a],u=p[0];for(let f=1;f<p.length;f++){let _=p[f],m=Array(s).fill(void 0),y=i?i[a][f]:Ud,P=[];for(let M=0;M<_.length;M++){let H=_[M],U=r.get(u[M]);H===null?y!=Fd&&(m[U]=H,y==Vd&&P.push(U)):m[U]=H}Wd(m,P,s),t.push(m)}}return t}var Bd=typeof queueMicrotask>"u"?n=>Promise.resolve().then(n):queueMicrotask;function jd(n){let i=n[0],e=i.length,t=Array(e);for(let r=0;r<t.length;r++)t[r]=r;t.sort((r,a)=>i[r]-i[a]);let s=[];for(let r=0;r<n.length;r++){let a=n[r],p=Array(e);for(let u=0;u<e;u++)p[u]=a[t[u]];s.push(p)}return s}function Gd(n){let i=n[0][0],e=i.length;for(let t=1;t<n.length;t++){let s=n[t][0];if(s.length!=e)return!1;if(s!=i){for(let r=0;r<e;r++)if(s[r]!=i[r])return!1}}return!0}function Kd(n,i=100){let e=n.length;if(e<=1)return!0;let t=0,s=e-1;for(;t<=s&&n[t]==null;)t++;for(;s>=t&&n[s]==null;)s--;if(s<=t)return!0;let r=Je(1,ct((s-t+1)/i));for(let a=n[t],p=t+r;p<=s;p+=r){let u=n[p];if(u!=null){if(u<=a)return!1;a=u}}return!0}var _a=["January","February","March","April","May","June","July","August","September","October","November","December"],wa=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function xa(n){return n.slice(0,3)}var Yd=wa.map(xa),Zd=_a.map(xa),Jd={MMMM:_a,MMM:Zd,WWWW:wa,WWW:Yd};function Tn(n){return(n<10?"0":"")+n}function Qd(n){return(n<10?"00":n<100?"0":"")+n}var Xd={YYYY:n=>n.getFullYear(),YY:n=>(n.getFullYear()+"").slice(2),MMMM:(n,i)=>i.MMMM[n.getMonth()],MMM:(n,i)=>i.MMM[n.getMonth()],MM:n=>Tn(n.getMonth()+1),M:n=>n.getMonth()+1,DD:n=>Tn(n.getDate()),D:n=>n.getDate(),WWWW:(n,i)=>i.WWWW[n.getDay()],WWW:(n,i)=>i.WWW[n.getDay()],HH:n=>Tn(n.getHours()),H:n=>n.getHours(),h:n=>{let i=n.getHours();return i==0?12:i>12?i-12:i},AA:n=>n.getHours()>=12?"PM":"AM",aa:n=>n.getHours()>=12?"pm":"am",a:n=>n.getHours()>=12?"p":"a",mm:n=>Tn(n.getMinutes()),m:n=>n.getMinutes(),ss:n=>Tn(n.getSeconds()),s:n=>n.getSeconds(),fff:n=>Qd(n.getMilliseconds())};function Bo(n,i){i=i||Jd;let e=[],t=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=t.exec(n);)e.push(s[0][0]=="{"?Xd[s[1]]:s[0]);return r=>{let a="";for(let p=0;p<e.length;p++)a+=typeof e[p]=="string"?e[p]:e[p](r,i);return a}}var ep=new Intl.DateTimeFormat().resolvedOptions().timeZone;function tp(n,i){let e;return i=="UTC"||i=="Etc/UTC"?e=new Date(+n+n.getTimezoneOffset()*6e4):i==ep?e=n:(e=new Date(n.toLocaleString("en-US",{timeZone:i})),e.setMilliseconds(n.getMilliseconds())),e}var $a=n=>n%1==0,Ss=[1,2,2.5,5],ip=Rn(10,-32,0,Ss),ka=Rn(10,0,32,Ss),np=ka.filter($a),gi=ip.concat(ka),jo=`
`,Sa="{YYYY}",Wl=jo+Sa,Ea="{M}/{D}",Cn=jo+Ea,_s=Cn+"/{YY}",Aa="{aa}",sp="{h}:{mm}",Bi=sp+Aa,ql=jo+Bi,Bl=":{ss}",he=null;function Pa(n){let i=n*1e3,e=i*60,t=e*60,s=t*24,r=s*30,a=s*365,u=(n==1?Rn(10,0,3,Ss).filter($a):Rn(10,-3,0,Ss)).concat([i,i*5,i*10,i*15,i*30,e,e*5,e*10,e*15,e*30,t,t*2,t*3,t*4,t*6,t*8,t*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,r,r*2,r*3,r*4,r*6,a,a*2,a*5,a*10,a*25,a*50,a*100]),f=[[a,Sa,he,he,he,he,he,he,1],[s*28,"{MMM}",Wl,he,he,he,he,he,1],[s,Ea,Wl,he,he,he,he,he,1],[t,"{h}"+Aa,_s,he,Cn,he,he,he,1],[e,Bi,_s,he,Cn,he,he,he,1],[i,Bl,_s+" "+Bi,he,Cn+" "+Bi,he,ql,he,1],[n,Bl+".{fff}",_s+" "+Bi,he,Cn+" "+Bi,he,ql,he,1]];function _(m){return(y,P,M,H,U,W)=>{let $=[],F=U>=a,S=U>=r&&U<a,X=m(M),L=ve(X*n,3),ee=So(X.getFullYear(),F?0:X.getMonth(),S||F?1:X.getDate()),K=ve(ee*n,3);if(S||F){let ne=S?U/r:0,G=F?U/a:0,E=L==K?L:ve(So(ee.getFullYear()+G,ee.getMonth()+ne,1)*n,3),Q=new Date(Le(E/n)),D=Q.getFullYear(),B=Q.getMonth();for(let O=0;E<=H;O++){let oe=So(D+G*O,B+ne*O,1),z=oe-m(ve(oe*n,3));E=ve((+oe+z)*n,3),E<=H&&$.push(E)}}else{let ne=U>=s?s:U,G=ct(M)-ct(L),E=K+G+Ps(L-K,ne);$.push(E);let Q=m(E),D=Q.getHours()+Q.getMinutes()/e+Q.getSeconds()/t,B=U/t,O=y.axes[P]._space,oe=W/O;for(;E=ve(E+U,n==1?0:3),!(E>H);)if(B>1){let z=ct(ve(D+B,6))%24,le=m(E).getHours()-z;le>1&&(le=-1),E-=le*t,D=(D+B)%24;let fe=$[$.length-1];ve((E-fe)/U,3)*oe>=.7&&$.push(E)}else $.push(E)}return $}}return[u,f,_]}var[op,rp,lp]=Pa(1),[ap,cp,dp]=Pa(.001);Rn(2,-53,53,[1]);function jl(n,i){return n.map(e=>e.map((t,s)=>s==0||s==8||t==null?t:i(s==1||e[8]==0?t:e[1]+t)))}function Gl(n,i){return(e,t,s,r,a)=>{let p=i.find(M=>a>=M[0])||i[i.length-1],u,f,_,m,y,P;return t.map(M=>{let H=n(M),U=H.getFullYear(),W=H.getMonth(),$=H.getDate(),F=H.getHours(),S=H.getMinutes(),X=H.getSeconds(),L=U!=u&&p[2]||W!=f&&p[3]||$!=_&&p[4]||F!=m&&p[5]||S!=y&&p[6]||X!=P&&p[7]||p[1];return u=U,f=W,_=$,m=F,y=S,P=X,L(H)})}}function pp(n,i){let e=Bo(i);return(t,s,r,a,p)=>s.map(u=>e(n(u)))}function So(n,i,e){return new Date(n,i,e)}function Kl(n,i){return i(n)}var up="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Yl(n,i){return(e,t,s,r)=>r==null?Ho:i(n(t))}function hp(n,i){let e=n.series[i];return e.width?e.stroke(n,i):e.points.width?e.points.stroke(n,i):null}function fp(n,i){return n.series[i].fill(n,i)}var mp={show:!0,live:!0,isolate:!1,mount:Dd,markers:{show:!0,width:2,stroke:hp,fill:fp,dash:"solid"},idx:null,idxs:null,values:[]};function gp(n,i){let e=n.cursor.points,t=vt(),s=e.size(n,i);xe(t,Mn,s),xe(t,In,s);let r=s/-2;xe(t,"marginLeft",r),xe(t,"marginTop",r);let a=e.width(n,i,s);return a&&xe(t,"borderWidth",a),t}function vp(n,i){let e=n.series[i].points;return e._fill||e._stroke}function yp(n,i){let e=n.series[i].points;return e._stroke||e._fill}function bp(n,i){return n.series[i].points.size}var Eo=[0,0];function _p(n,i,e){return Eo[0]=i,Eo[1]=e,Eo}function ws(n,i,e,t=!0){return s=>{s.button==0&&(!t||s.target==i)&&e(s)}}function Ao(n,i,e,t=!0){return s=>{(!t||s.target==i)&&e(s)}}var wp={show:!0,x:!0,y:!0,lock:!1,move:_p,points:{one:!1,show:gp,size:bp,width:0,stroke:yp,fill:vp},bind:{mousedown:ws,mouseup:ws,click:ws,dblclick:ws,mousemove:Ao,mouseleave:Ao,mouseenter:Ao},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(n,i)=>{i.stopPropagation(),i.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(n,i,e,t,s)=>t-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ta={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Go=Me({},Ta,{filter:ma}),Ma=Me({},Go,{size:10}),Ia=Me({},Ta,{show:!1}),Ko='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Ca="bold "+Ko,La=1.5,Zl={show:!0,scale:"x",stroke:Oo,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ca,side:2,grid:Go,ticks:Ma,border:Ia,font:Ko,lineGap:La,rotate:0},xp="Value",$p="Time",Jl={show:!0,scale:"x",auto:!1,sorted:1,min:ge,max:-ge,idxs:[]};function kp(n,i,e,t,s){return i.map(r=>r==null?"":Wo(r))}function Sp(n,i,e,t,s,r,a){let p=[],u=Jt.get(s)||0;e=a?e:ve(Ps(e,s),u);for(let f=e;f<=t;f=ve(f+s,u))p.push(Object.is(f,-0)?0:f);return p}function Lo(n,i,e,t,s,r,a){let p=[],u=n.scales[n.axes[i].scale].log,f=u==10?Ft:ua,_=ct(f(e));s=Gi(u,_),u==10&&(s=gi[St(s,gi)]);let m=e,y=s*u;u==10&&(y=gi[St(y,gi)]);do p.push(m),m=m+s,u==10&&!Jt.has(m)&&(m=ve(m,Jt.get(s))),m>=y&&(s=m,y=s*u,u==10&&(y=gi[St(y,gi)]));while(m<=t);return p}function Ep(n,i,e,t,s,r,a){let u=n.scales[n.axes[i].scale].asinh,f=t>u?Lo(n,i,Je(u,e),t,s):[u],_=t>=0&&e<=0?[0]:[];return(e<-u?Lo(n,i,Je(u,-t),-e,s):[u]).reverse().map(y=>-y).concat(_,f)}var Da=/./,Ap=/[12357]/,Pp=/[125]/,Ql=/1/,Do=(n,i,e,t)=>n.map((s,r)=>i==4&&s==0||r%t==0&&e.test(s.toExponential()[s<0?1:0])?s:null);function Tp(n,i,e,t,s){let r=n.axes[e],a=r.scale,p=n.scales[a],u=n.valToPos,f=r._space,_=u(10,a),m=u(9,a)-_>=f?Da:u(7,a)-_>=f?Ap:u(5,a)-_>=f?Pp:Ql;if(m==Ql){let y=De(u(1,a)-_);if(y<f)return Do(i.slice().reverse(),p.distr,m,yt(f/y)).reverse()}return Do(i,p.distr,m,1)}function Mp(n,i,e,t,s){let r=n.axes[e],a=r.scale,p=r._space,u=n.valToPos,f=De(u(1,a)-u(2,a));return f<p?Do(i.slice().reverse(),3,Da,yt(p/f)).reverse():i}function Ip(n,i,e,t){return t==null?Ho:i==null?"":Wo(i)}var Xl={show:!0,scale:"y",stroke:Oo,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ca,side:3,grid:Go,ticks:Ma,border:Ia,font:Ko,lineGap:La,rotate:0};function Cp(n,i){let e=3+(n||1)*2;return ve(e*i,3)}function Lp(n,i){let{scale:e,idxs:t}=n.series[0],s=n._data[0],r=n.valToPos(s[t[0]],e,!0),a=n.valToPos(s[t[1]],e,!0),p=De(a-r),u=n.series[i],f=p/(u.points.space*pe);return t[1]-t[0]<=f}var ea={scale:null,auto:!0,sorted:0,min:ge,max:-ge},Ra=(n,i,e,t,s)=>s,ta={show:!0,auto:!0,sorted:0,gaps:Ra,alpha:1,facets:[Me({},ea,{scale:"x"}),Me({},ea,{scale:"y"})]},ia={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ra,alpha:1,points:{show:Lp,filter:null},values:null,min:ge,max:-ge,idxs:[],path:null,clip:null};function Dp(n,i,e,t,s){return e/10}var Na={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Rp=Me({},Na,{time:!1,ori:1}),na={};function za(n,i){let e=na[n];return e||(e={key:n,plots:[],sub(t){e.plots.push(t)},unsub(t){e.plots=e.plots.filter(s=>s!=t)},pub(t,s,r,a,p,u,f){for(let _=0;_<e.plots.length;_++)e.plots[_]!=s&&e.plots[_].pub(t,s,r,a,p,u,f)}},n!=null&&(na[n]=e)),e}var Zi=1,Ro=2;function _i(n,i,e){let t=n.mode,s=n.series[i],r=t==2?n._data[i]:n._data,a=n.scales,p=n.bbox,u=r[0],f=t==2?r[1]:r[i],_=t==2?a[s.facets[0].scale]:a[n.series[0].scale],m=t==2?a[s.facets[1].scale]:a[s.scale],y=p.left,P=p.top,M=p.width,H=p.height,U=n.valToPosH,W=n.valToPosV;return _.ori==0?e(s,u,f,_,m,U,W,y,P,M,H,Is,Qi,Ls,Ha,Ua):e(s,u,f,_,m,W,U,P,y,H,M,Cs,Xi,Jo,Fa,Va)}function Yo(n,i){let e=0,t=0,s=ce(n.bands,qo);for(let r=0;r<s.length;r++){let a=s[r];a.series[0]==i?e=a.dir:a.series[1]==i&&(a.dir==1?t|=1:t|=2)}return[e,t==1?-1:t==2?1:t==3?2:0]}function Np(n,i,e,t,s){let r=n.mode,a=n.series[i],p=r==2?a.facets[1].scale:a.scale,u=n.scales[p];return s==-1?u.min:s==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function Ut(n,i,e,t,s,r){return _i(n,i,(a,p,u,f,_,m,y,P,M,H,U)=>{let W=a.pxRound,$=f.dir*(f.ori==0?1:-1),F=f.ori==0?Qi:Xi,S,X;$==1?(S=e,X=t):(S=t,X=e);let L=W(m(p[S],f,H,P)),ee=W(y(u[S],_,U,M)),K=W(m(p[X],f,H,P)),ne=W(y(r==1?_.max:_.min,_,U,M)),G=new Path2D(s);return F(G,K,ne),F(G,L,ne),F(G,L,ee),G})}function Ms(n,i,e,t,s,r){let a=null;if(n.length>0){a=new Path2D;let p=i==0?Ls:Jo,u=e;for(let m=0;m<n.length;m++){let y=n[m];if(y[1]>y[0]){let P=y[0]-u;P>0&&p(a,u,t,P,t+r),u=y[1]}}let f=e+s-u,_=10;f>0&&p(a,u,t-_/2,f,t+r+_)}return a}function zp(n,i,e){let t=n[n.length-1];t&&t[0]==i?t[1]=e:n.push([i,e])}function Zo(n,i,e,t,s,r,a){let p=[],u=n.length;for(let f=s==1?e:t;f>=e&&f<=t;f+=s)if(i[f]===null){let m=f,y=f;if(s==1)for(;++f<=t&&i[f]===null;)y=f;else for(;--f>=e&&i[f]===null;)y=f;let P=r(n[m]),M=y==m?P:r(n[y]),H=m-s;P=a<=0&&H>=0&&H<u?r(n[H]):P;let W=y+s;M=a>=0&&W>=0&&W<u?r(n[W]):M,M>=P&&p.push([P,M])}return p}function sa(n){return n==0?fa:n==1?Le:i=>mi(i,n)}function Oa(n){let i=n==0?Is:Cs,e=n==0?(s,r,a,p,u,f)=>{s.arcTo(r,a,p,u,f)}:(s,r,a,p,u,f)=>{s.arcTo(a,r,u,p,f)},t=n==0?(s,r,a,p,u)=>{s.rect(r,a,p,u)}:(s,r,a,p,u)=>{s.rect(a,r,u,p)};return(s,r,a,p,u,f=0,_=0)=>{f==0&&_==0?t(s,r,a,p,u):(f=Et(f,p/2,u/2),_=Et(_,p/2,u/2),i(s,r+f,a),e(s,r+p,a,r+p,a+u,f),e(s,r+p,a+u,r,a+u,_),e(s,r,a+u,r,a,_),e(s,r,a,r+p,a,f),s.closePath())}}var Is=(n,i,e)=>{n.moveTo(i,e)},Cs=(n,i,e)=>{n.moveTo(e,i)},Qi=(n,i,e)=>{n.lineTo(i,e)},Xi=(n,i,e)=>{n.lineTo(e,i)},Ls=Oa(0),Jo=Oa(1),Ha=(n,i,e,t,s,r)=>{n.arc(i,e,t,s,r)},Fa=(n,i,e,t,s,r)=>{n.arc(e,i,t,s,r)},Ua=(n,i,e,t,s,r,a)=>{n.bezierCurveTo(i,e,t,s,r,a)},Va=(n,i,e,t,s,r,a)=>{n.bezierCurveTo(e,i,s,t,a,r)};function Wa(n){return(i,e,t,s,r)=>_i(i,e,(a,p,u,f,_,m,y,P,M,H,U)=>{let{pxRound:W,points:$}=a,F,S;f.ori==0?(F=Is,S=Ha):(F=Cs,S=Fa);let X=ve($.width*pe,3),L=($.size-$.width)/2*pe,ee=ve(L*2,3),K=new Path2D,ne=new Path2D,{left:G,top:E,width:Q,height:D}=i.bbox;Ls(ne,G-ee,E-ee,Q+ee*2,D+ee*2);let B=O=>{if(u[O]!=null){let oe=W(m(p[O],f,H,P)),z=W(y(u[O],_,U,M));F(K,oe+L,z),S(K,oe,z,L,0,xs*2)}};if(r)r.forEach(B);else for(let O=t;O<=s;O++)B(O);return{stroke:X>0?K:null,fill:K,clip:ne,flags:Zi|Ro}})}function qa(n){return(i,e,t,s,r,a)=>{t!=s&&(r!=t&&a!=t&&n(i,e,t),r!=s&&a!=s&&n(i,e,s),n(i,e,a))}}var Op=qa(Qi),Hp=qa(Xi);function Ba(n){let i=ce(n?.alignGaps,0);return(e,t,s,r)=>_i(e,t,(a,p,u,f,_,m,y,P,M,H,U)=>{[s,r]=Es(u,s,r);let W=a.pxRound,$=D=>W(m(D,f,H,P)),F=D=>W(y(D,_,U,M)),S,X;f.ori==0?(S=Qi,X=Op):(S=Xi,X=Hp);let L=f.dir*(f.ori==0?1:-1),ee={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Zi},K=ee.stroke,ne=!1;if(r-s>=H*4){let D=R=>e.posToVal(R,f.key,!0),B=null,O=null,oe,z,Qe,$e=$(p[L==1?s:r]),le=$(p[s]),fe=$(p[r]),te=D(L==1?le+1:fe-1);for(let R=L==1?s:r;R>=s&&R<=r;R+=L){let Ie=p[R],ke=(L==1?Ie<te:Ie>te)?$e:$(Ie),ue=u[R];ke==$e?ue!=null?(z=ue,B==null?(S(K,ke,F(z)),oe=B=O=z):z<B?B=z:z>O&&(O=z)):ue===null&&(ne=!0):(B!=null&&X(K,$e,F(B),F(O),F(oe),F(z)),ue!=null?(z=ue,S(K,ke,F(z)),B=O=oe=z):(B=O=null,ue===null&&(ne=!0)),$e=ke,te=D($e+L))}B!=null&&B!=O&&Qe!=$e&&X(K,$e,F(B),F(O),F(oe),F(z))}else for(let D=L==1?s:r;D>=s&&D<=r;D+=L){let B=u[D];B===null?ne=!0:B!=null&&S(K,$(p[D]),F(B))}let[E,Q]=Yo(e,t);if(a.fill!=null||E!=0){let D=ee.fill=new Path2D(K),B=a.fillTo(e,t,a.min,a.max,E),O=F(B),oe=$(p[s]),z=$(p[r]);L==-1&&([z,oe]=[oe,z]),S(D,z,O),S(D,oe,O)}if(!a.spanGaps){let D=[];ne&&D.push(...Zo(p,u,s,r,L,$,i)),ee.gaps=D=a.gaps(e,t,s,r,D),ee.clip=Ms(D,f.ori,P,M,H,U)}return Q!=0&&(ee.band=Q==2?[Ut(e,t,s,r,K,-1),Ut(e,t,s,r,K,1)]:Ut(e,t,s,r,K,Q)),ee})}function Fp(n){let i=ce(n.align,1),e=ce(n.ascDesc,!1),t=ce(n.alignGaps,0),s=ce(n.extend,!1);return(r,a,p,u)=>_i(r,a,(f,_,m,y,P,M,H,U,W,$,F)=>{[p,u]=Es(m,p,u);let S=f.pxRound,{left:X,width:L}=r.bbox,ee=le=>S(M(le,y,$,U)),K=le=>S(H(le,P,F,W)),ne=y.ori==0?Qi:Xi,G={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Zi},E=G.stroke,Q=y.dir*(y.ori==0?1:-1),D=K(m[Q==1?p:u]),B=ee(_[Q==1?p:u]),O=B,oe=B;s&&i==-1&&(oe=X,ne(E,oe,D)),ne(E,B,D);for(let le=Q==1?p:u;le>=p&&le<=u;le+=Q){let fe=m[le];if(fe==null)continue;let te=ee(_[le]),R=K(fe);i==1?ne(E,te,D):ne(E,O,R),ne(E,te,R),D=R,O=te}let z=O;s&&i==1&&(z=X+L,ne(E,z,D));let[Qe,$e]=Yo(r,a);if(f.fill!=null||Qe!=0){let le=G.fill=new Path2D(E),fe=f.fillTo(r,a,f.min,f.max,Qe),te=K(fe);ne(le,z,te),ne(le,oe,te)}if(!f.spanGaps){let le=[];le.push(...Zo(_,m,p,u,Q,ee,t));let fe=f.width*pe/2,te=e||i==1?fe:-fe,R=e||i==-1?-fe:fe;le.forEach(Ie=>{Ie[0]+=te,Ie[1]+=R}),G.gaps=le=f.gaps(r,a,p,u,le),G.clip=Ms(le,y.ori,U,W,$,F)}return $e!=0&&(G.band=$e==2?[Ut(r,a,p,u,E,-1),Ut(r,a,p,u,E,1)]:Ut(r,a,p,u,E,$e)),G})}function oa(n,i,e,t,s,r,a=ge){if(n.length>1){let p=null;for(let u=0,f=1/0;u<n.length;u++)if(i[u]!==void 0){if(p!=null){let _=De(n[u]-n[p]);_<f&&(f=_,a=De(e(n[u],t,s,r)-e(n[p],t,s,r)))}p=u}}return a}function Up(n){n=n||Dn;let i=ce(n.size,[.6,ge,1]),e=n.align||0,t=n.gap||0,s=n.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let r=se(s),a=1-i[0],p=ce(i[1],ge),u=ce(i[2],1),f=ce(n.disp,Dn),_=ce(n.each,P=>{}),{fill:m,stroke:y}=f;return(P,M,H,U)=>_i(P,M,(W,$,F,S,X,L,ee,K,ne,G,E)=>{let Q=W.pxRound,D=e,B=t*pe,O=p*pe,oe=u*pe,z,Qe;S.ori==0?[z,Qe]=r(P,M):[Qe,z]=r(P,M);let $e=S.dir*(S.ori==0?1:-1),le=S.ori==0?Ls:Jo,fe=S.ori==0?_:(I,ye,Ce,ki,ei,Pt,ti)=>{_(I,ye,Ce,ei,ki,ti,Pt)},te=ce(P.bands,qo).find(I=>I.series[0]==M),R=te!=null?te.dir:0,Ie=W.fillTo(P,M,W.min,W.max,R),Be=Q(ee(Ie,X,E,ne)),ke,ue,bt,it=G,Ee=Q(W.width*pe),At=!1,Rt=null,pt=null,Vt=null,wi=null;m!=null&&(Ee==0||y!=null)&&(At=!0,Rt=m.values(P,M,H,U),pt=new Map,new Set(Rt).forEach(I=>{I!=null&&pt.set(I,new Path2D)}),Ee>0&&(Vt=y.values(P,M,H,U),wi=new Map,new Set(Vt).forEach(I=>{I!=null&&wi.set(I,new Path2D)})));let{x0:xi,size:en}=f;if(xi!=null&&en!=null){D=1,$=xi.values(P,M,H,U),xi.unit==2&&($=$.map(Ce=>P.posToVal(K+Ce*G,S.key,!0)));let I=en.values(P,M,H,U);en.unit==2?ue=I[0]*G:ue=L(I[0],S,G,K)-L(0,S,G,K),it=oa($,F,L,S,G,K,it),bt=it-ue+B}else it=oa($,F,L,S,G,K,it),bt=it*a+B,ue=it-bt;bt<1&&(bt=0),Ee>=ue/2&&(Ee=0),bt<5&&(Q=fa);let Hn=bt>0,Qt=it-bt-(Hn?Ee:0);ue=Q(Co(Qt,oe,O)),ke=(D==0?ue/2:D==$e?0:ue)-D*$e*((D==0?B/2:0)+(Hn?Ee/2:0));let je={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},$i=At?null:new Path2D,Nt=null;if(te!=null)Nt=P.data[te.series[1]];else{let{y0:I,y1:ye}=f;I!=null&&ye!=null&&(F=ye.values(P,M,H,U),Nt=I.values(P,M,H,U))}let Xt=z*ue,Z=Qe*ue;for(let I=$e==1?H:U;I>=H&&I<=U;I+=$e){let ye=F[I];if(ye==null)continue;if(Nt!=null){let Xe=Nt[I]??0;if(ye-Xe==0)continue;Be=ee(Xe,X,E,ne)}let Ce=S.distr!=2||f!=null?$[I]:I,ki=L(Ce,S,G,K),ei=ee(ce(ye,Ie),X,E,ne),Pt=Q(ki-ke),ti=Q(Je(ei,Be)),nt=Q(Et(ei,Be)),ut=ti-nt;if(ye!=null){let Xe=ye<0?Z:Xt,_t=ye<0?Xt:Z;At?(Ee>0&&Vt[I]!=null&&le(wi.get(Vt[I]),Pt,nt+ct(Ee/2),ue,Je(0,ut-Ee),Xe,_t),Rt[I]!=null&&le(pt.get(Rt[I]),Pt,nt+ct(Ee/2),ue,Je(0,ut-Ee),Xe,_t)):le($i,Pt,nt+ct(Ee/2),ue,Je(0,ut-Ee),Xe,_t),fe(P,M,I,Pt-Ee/2,nt,ue+Ee,ut)}}return Ee>0?je.stroke=At?wi:$i:At||(je._fill=W.width==0?W._fill:W._stroke??W._fill,je.width=0),je.fill=At?pt:$i,je})}function Vp(n,i){let e=ce(i?.alignGaps,0);return(t,s,r,a)=>_i(t,s,(p,u,f,_,m,y,P,M,H,U,W)=>{[r,a]=Es(f,r,a);let $=p.pxRound,F=z=>$(y(z,_,U,M)),S=z=>$(P(z,m,W,H)),X,L,ee;_.ori==0?(X=Is,ee=Qi,L=Ua):(X=Cs,ee=Xi,L=Va);let K=_.dir*(_.ori==0?1:-1),ne=F(u[K==1?r:a]),G=ne,E=[],Q=[];for(let z=K==1?r:a;z>=r&&z<=a;z+=K)if(f[z]!=null){let $e=u[z],le=F($e);E.push(G=le),Q.push(S(f[z]))}let D={stroke:n(E,Q,X,ee,L,$),fill:null,clip:null,band:null,gaps:null,flags:Zi},B=D.stroke,[O,oe]=Yo(t,s);if(p.fill!=null||O!=0){let z=D.fill=new Path2D(B),Qe=p.fillTo(t,s,p.min,p.max,O),$e=S(Qe);ee(z,G,$e),ee(z,ne,$e)}if(!p.spanGaps){let z=[];z.push(...Zo(u,f,r,a,K,F,e)),D.gaps=z=p.gaps(t,s,r,a,z),D.clip=Ms(z,_.ori,M,H,U,W)}return oe!=0&&(D.band=oe==2?[Ut(t,s,r,a,B,-1),Ut(t,s,r,a,B,1)]:Ut(t,s,r,a,B,oe)),D})}function Wp(n){return Vp(qp,n)}function qp(n,i,e,t,s,r){let a=n.length;if(a<2)return null;let p=new Path2D;if(e(p,n[0],i[0]),a==2)t(p,n[1],i[1]);else{let u=Array(a),f=Array(a-1),_=Array(a-1),m=Array(a-1);for(let y=0;y<a-1;y++)_[y]=i[y+1]-i[y],m[y]=n[y+1]-n[y],f[y]=_[y]/m[y];u[0]=f[0];for(let y=1;y<a-1;y++)f[y]===0||f[y-1]===0||f[y-1]>0!=f[y]>0?u[y]=0:(u[y]=3*(m[y-1]+m[y])/((2*m[y]+m[y-1])/f[y-1]+(m[y]+2*m[y-1])/f[y]),isFinite(u[y])||(u[y]=0));u[a-1]=f[a-2];for(let y=0;y<a-1;y++)s(p,n[y]+m[y]/3,i[y]+u[y]*m[y]/3,n[y+1]-m[y]/3,i[y+1]-u[y+1]*m[y]/3,n[y+1],i[y+1])}return p}var No=new Set;function ra(){for(let n of No)n.syncRect(!0)}Ji&&(yi(kd,ji,ra),yi(Sd,ji,ra,!0),yi($s,ji,()=>{We.pxRatio=pe}));var Bp=Ba(),jp=Wa();function la(n,i,e,t){return(t?[n[0],n[1]].concat(n.slice(2)):[n[0]].concat(n.slice(1))).map((r,a)=>zo(r,a,i,e))}function Gp(n,i){return n.map((e,t)=>t==0?{}:Me({},i,e))}function zo(n,i,e,t){return Me({},i==0?e:t,n)}function ja(n,i,e){return i==null?Ki:[i,e]}var Kp=ja;function Yp(n,i,e){return i==null?Ki:ks(i,e,Vo,!0)}function Ga(n,i,e,t){return i==null?Ki:As(i,e,n.scales[t].log,!1)}var Zp=Ga;function Ka(n,i,e,t){return i==null?Ki:Uo(i,e,n.scales[t].log,!1)}var Jp=Ka;function Qp(n,i,e,t,s){let r=Je(Hl(n),Hl(i)),a=i-n,p=St(s/t*a,e);do{let u=e[p],f=t*u/a;if(f>=s&&r+(u<5?Jt.get(u):0)<=17)return[u,f]}while(++p<e.length);return[0,0]}function aa(n){let i,e;return n=n.replace(/(\d+)px/,(t,s)=>(i=Le((e=+s)*pe))+"px"),[n,i,e]}function Xp(n){n.show&&[n.font,n.labelFont].forEach(i=>{let e=ve(i[2]*pe,1);i[0]=i[0].replace(/[0-9.]+px/,e+"px"),i[1]=e})}function We(n,i,e){let t={mode:ce(n.mode,1)},s=t.mode;function r(o,l,c,d){let h=l.valToPct(o);return d+c*(l.dir==-1?1-h:h)}function a(o,l,c,d){let h=l.valToPct(o);return d+c*(l.dir==-1?h:1-h)}function p(o,l,c,d){return l.ori==0?r(o,l,c,d):a(o,l,c,d)}t.valToPosH=r,t.valToPosV=a;let u=!1;t.status=0;let f=t.root=vt(rd);if(n.id!=null&&(f.id=n.id),at(f,n.class),n.title){let o=vt(cd,f);o.textContent=n.title}let _=kt("canvas"),m=t.ctx=_.getContext("2d"),y=vt(dd,f);yi("click",y,o=>{o.target===M&&(be!=Ri||Se!=Ni)&&Ve.click(t,o)},!0);let P=t.under=vt(pd,y);y.appendChild(_);let M=t.over=vt(ud,y);n=Yi(n);let H=+ce(n.pxAlign,1),U=sa(H);(n.plugins||[]).forEach(o=>{o.opts&&(n=o.opts(t,n)||n)});let W=n.ms||.001,$=t.series=s==1?la(n.series||[],Jl,ia,!1):Gp(n.series||[null],ta),F=t.axes=la(n.axes||[],Zl,Xl,!0),S=t.scales={},X=t.bands=n.bands||[];X.forEach(o=>{o.fill=se(o.fill||null),o.dir=ce(o.dir,-1)});let L=s==2?$[1].facets[0].scale:$[0].scale,ee={axes:vc,series:uc},K=(n.drawOrder||["axes","series"]).map(o=>ee[o]);function ne(o){let l=o.distr==3?c=>Ft(c>0?c:o.clamp(t,c,o.min,o.max,o.key)):o.distr==4?c=>ko(c,o.asinh):o.distr==100?c=>o.fwd(c):c=>c;return c=>{let d=l(c),{_min:h,_max:g}=o,b=g-h;return(d-h)/b}}function G(o){let l=S[o];if(l==null){let c=(n.scales||Dn)[o]||Dn;if(c.from!=null){G(c.from);let d=Me({},S[c.from],c,{key:o});d.valToPct=ne(d),S[o]=d}else{l=S[o]=Me({},o==L?Na:Rp,c),l.key=o;let d=l.time,h=l.range,g=Zt(h);if((o!=L||s==2&&!d)&&(g&&(h[0]==null||h[1]==null)&&(h={min:h[0]==null?Nl:{mode:1,hard:h[0],soft:h[0]},max:h[1]==null?Nl:{mode:1,hard:h[1],soft:h[1]}},g=!1),!g&&Ts(h))){let b=h;h=(w,x,A)=>x==null?Ki:ks(x,A,b)}l.range=se(h||(d?Kp:o==L?l.distr==3?Zp:l.distr==4?Jp:ja:l.distr==3?Ga:l.distr==4?Ka:Yp)),l.auto=se(g?!1:l.auto),l.clamp=se(l.clamp||Dp),l._min=l._max=null,l.valToPct=ne(l)}}}G("x"),G("y"),s==1&&$.forEach(o=>{G(o.scale)}),F.forEach(o=>{G(o.scale)});for(let o in n.scales)G(o);let E=S[L],Q=E.distr,D,B;E.ori==0?(at(f,ld),D=r,B=a):(at(f,ad),D=a,B=r);let O={};for(let o in S){let l=S[o];(l.min!=null||l.max!=null)&&(O[o]={min:l.min,max:l.max},l.min=l.max=null)}let oe=n.tzDate||(o=>new Date(Le(o/W))),z=n.fmtDate||Bo,Qe=W==1?lp(oe):dp(oe),$e=Gl(oe,jl(W==1?rp:cp,z)),le=Yl(oe,Kl(up,z)),fe=[],te=t.legend=Me({},mp,n.legend),R=t.cursor=Me({},wp,{drag:{y:s==2}},n.cursor),Ie=te.show,Be=R.show,ke=te.markers;te.idxs=fe,ke.width=se(ke.width),ke.dash=se(ke.dash),ke.stroke=se(ke.stroke),ke.fill=se(ke.fill);let ue,bt,it,Ee=[],At=[],Rt,pt=!1,Vt={};if(te.live){let o=$[1]?$[1].values:null;pt=o!=null,Rt=pt?o(t,1,0):{_:0};for(let l in Rt)Vt[l]=Ho}if(Ie)if(ue=kt("table",yd,f),it=kt("tbody",null,ue),te.mount(t,ue),pt){bt=kt("thead",null,ue,it);let o=kt("tr",null,bt);kt("th",null,o);for(var wi in Rt)kt("th",$l,o).textContent=wi}else at(ue,_d),te.live&&at(ue,bd);let xi={show:!0},en={show:!1};function Hn(o,l){if(l==0&&(pt||!te.live||s==2))return Ki;let c=[],d=kt("tr",wd,it,it.childNodes[l]);at(d,o.class),o.show||at(d,vi);let h=kt("th",null,d);if(ke.show){let w=vt(xd,h);if(l>0){let x=ke.width(t,l);x&&(w.style.border=x+"px "+ke.dash(t,l)+" "+ke.stroke(t,l)),w.style.background=ke.fill(t,l)}}let g=vt($l,h);o.label instanceof HTMLElement?g.appendChild(o.label):g.textContent=o.label,l>0&&(ke.show||(g.style.color=o.width>0?ke.stroke(t,l):ke.fill(t,l)),je("click",h,w=>{if(R._lock)return;ni(w);let x=$.indexOf(o);if((w.ctrlKey||w.metaKey)!=te.isolate){let A=$.some((T,C)=>C>0&&C!=x&&T.show);$.forEach((T,C)=>{C>0&&Mt(C,A?C==x?xi:en:xi,!0,Te.setSeries)})}else Mt(x,{show:!o.show},!0,Te.setSeries)},!1),Ei&&je(Al,h,w=>{R._lock||(ni(w),Mt($.indexOf(o),Oi,!0,Te.setSeries))},!1));for(var b in Rt){let w=kt("td",$d,d);w.textContent="--",c.push(w)}return[d,c]}let Qt=new Map;function je(o,l,c,d=!0){let h=Qt.get(l)||{},g=R.bind[o](t,l,c,d);g&&(yi(o,l,h[o]=g),Qt.set(l,h))}function $i(o,l,c){let d=Qt.get(l)||{};for(let h in d)(o==null||h==o)&&(Io(h,l,d[h]),delete d[h]);o==null&&Qt.delete(l)}let Nt=0,Xt=0,Z=0,I=0,ye=0,Ce=0,ki=ye,ei=Ce,Pt=Z,ti=I,nt=0,ut=0,Xe=0,_t=0;t.bbox={};let Ns=!1,Fn=!1,Si=!1,ii=!1,Un=!1,ht=!1;function zs(o,l,c){(c||o!=t.width||l!=t.height)&&cr(o,l),Ii(!1),Si=!0,Fn=!0,Ci()}function cr(o,l){t.width=Nt=Z=o,t.height=Xt=I=l,ye=Ce=0,oc(),rc();let c=t.bbox;nt=c.left=mi(ye*pe,.5),ut=c.top=mi(Ce*pe,.5),Xe=c.width=mi(Z*pe,.5),_t=c.height=mi(I*pe,.5)}let ic=3;function nc(){let o=!1,l=0;for(;!o;){l++;let c=mc(l),d=gc(l);o=l==ic||c&&d,o||(cr(t.width,t.height),Fn=!0)}}function sc({width:o,height:l}){zs(o,l)}t.setSize=sc;function oc(){let o=!1,l=!1,c=!1,d=!1;F.forEach((h,g)=>{if(h.show&&h._show){let{side:b,_size:w}=h,x=b%2,A=h.label!=null?h.labelSize:0,T=w+A;T>0&&(x?(Z-=T,b==3?(ye+=T,d=!0):c=!0):(I-=T,b==0?(Ce+=T,o=!0):l=!0))}}),si[0]=o,si[1]=c,si[2]=l,si[3]=d,Z-=Wt[1]+Wt[3],ye+=Wt[3],I-=Wt[2]+Wt[0],Ce+=Wt[0]}function rc(){let o=ye+Z,l=Ce+I,c=ye,d=Ce;function h(g,b){switch(g){case 1:return o+=b,o-b;case 2:return l+=b,l-b;case 3:return c-=b,c+b;case 0:return d-=b,d+b}}F.forEach((g,b)=>{if(g.show&&g._show){let w=g.side;g._pos=h(w,g._size),g.label!=null&&(g._lpos=h(w,g.labelSize))}})}if(R.dataIdx==null){let o=R.hover,l=o.skip=new Set(o.skip??[]);l.add(void 0);let c=o.prox=se(o.prox),d=o.bias??=0;R.dataIdx=(h,g,b,w)=>{if(g==0)return b;let x=b,A=c(h,g,b,w)??ge,T=A>=0&&A<ge,C=E.ori==0?Z:I,j=R.left,de=i[0],ae=i[g];if(l.has(ae[b])){x=null;let ie=null,V=null,N;if(d==0||d==-1)for(N=b;ie==null&&N-- >0;)l.has(ae[N])||(ie=N);if(d==0||d==1)for(N=b;V==null&&N++<ae.length;)l.has(ae[N])||(V=N);if(ie!=null||V!=null)if(T){let we=ie==null?-1/0:D(de[ie],E,C,0),Ae=V==null?1/0:D(de[V],E,C,0),Fe=j-we,me=Ae-j;Fe<=me?Fe<=A&&(x=ie):me<=A&&(x=V)}else x=V==null?ie:ie==null?V:b-ie<=V-b?ie:V}else T&&De(j-D(de[b],E,C,0))>A&&(x=null);return x}}let ni=o=>{R.event=o};R.idxs=fe,R._lock=!1;let qe=R.points;qe.show=se(qe.show),qe.size=se(qe.size),qe.stroke=se(qe.stroke),qe.width=se(qe.width),qe.fill=se(qe.fill);let Tt=t.focus=Me({},n.focus||{alpha:.3},R.focus),Ei=Tt.prox>=0,Ai=Ei&&qe.one,ft=[],Pi=[],Ti=[];function dr(o,l){let c=qe.show(t,l);if(c instanceof HTMLElement)return at(c,vd),at(c,o.class),Dt(c,-10,-10,Z,I),M.insertBefore(c,ft[l]),c}function pr(o,l){if(s==1||l>0){let c=s==1&&S[o.scale].time,d=o.value;o.value=c?Vl(d)?Yl(oe,Kl(d,z)):d||le:d||Ip,o.label=o.label||(c?$p:xp)}if(Ai||l>0){o.width=o.width==null?1:o.width,o.paths=o.paths||Bp||Rd,o.fillTo=se(o.fillTo||Np),o.pxAlign=+ce(o.pxAlign,H),o.pxRound=sa(o.pxAlign),o.stroke=se(o.stroke||null),o.fill=se(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let c=Cp(Je(1,o.width),1),d=o.points=Me({},{size:c,width:Je(1,c*.2),stroke:o.stroke,space:c*2,paths:jp,_stroke:null,_fill:null},o.points);d.show=se(d.show),d.filter=se(d.filter),d.fill=se(d.fill),d.stroke=se(d.stroke),d.paths=se(d.paths),d.pxAlign=o.pxAlign}if(Ie){let c=Hn(o,l);Ee.splice(l,0,c[0]),At.splice(l,0,c[1]),te.values.push(null)}if(Be){fe.splice(l,0,null);let c=null;Ai?l==0&&(c=dr(o,l)):l>0&&(c=dr(o,l)),ft.splice(l,0,c),Pi.splice(l,0,0),Ti.splice(l,0,0)}He("addSeries",l)}function lc(o,l){l=l??$.length,o=s==1?zo(o,l,Jl,ia):zo(o,l,{},ta),$.splice(l,0,o),pr($[l],l)}t.addSeries=lc;function ac(o){if($.splice(o,1),Ie){te.values.splice(o,1),At.splice(o,1);let l=Ee.splice(o,1)[0];$i(null,l.firstChild),l.remove()}Be&&(fe.splice(o,1),ft.splice(o,1)[0].remove(),Pi.splice(o,1),Ti.splice(o,1)),He("delSeries",o)}t.delSeries=ac;let si=[!1,!1,!1,!1];function cc(o,l){if(o._show=o.show,o.show){let c=o.side%2,d=S[o.scale];d==null&&(o.scale=c?$[1].scale:L,d=S[o.scale]);let h=d.time;o.size=se(o.size),o.space=se(o.space),o.rotate=se(o.rotate),Zt(o.incrs)&&o.incrs.forEach(b=>{!Jt.has(b)&&Jt.set(b,va(b))}),o.incrs=se(o.incrs||(d.distr==2?np:h?W==1?op:ap:gi)),o.splits=se(o.splits||(h&&d.distr==1?Qe:d.distr==3?Lo:d.distr==4?Ep:Sp)),o.stroke=se(o.stroke),o.grid.stroke=se(o.grid.stroke),o.ticks.stroke=se(o.ticks.stroke),o.border.stroke=se(o.border.stroke);let g=o.values;o.values=Zt(g)&&!Zt(g[0])?se(g):h?Zt(g)?Gl(oe,jl(g,z)):Vl(g)?pp(oe,g):g||$e:g||kp,o.filter=se(o.filter||(d.distr>=3&&d.log==10?Tp:d.distr==3&&d.log==2?Mp:ma)),o.font=aa(o.font),o.labelFont=aa(o.labelFont),o._size=o.size(t,null,l,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(si[l]=!0,o._el=vt(hd,y))}}function tn(o,l,c,d){let[h,g,b,w]=c,x=l%2,A=0;return x==0&&(w||g)&&(A=l==0&&!h||l==2&&!b?Le(Zl.size/3):0),x==1&&(h||b)&&(A=l==1&&!g||l==3&&!w?Le(Xl.size/2):0),A}let ur=t.padding=(n.padding||[tn,tn,tn,tn]).map(o=>se(ce(o,tn))),Wt=t._padding=ur.map((o,l)=>o(t,l,si,0)),Ue,Re=null,Ne=null,Vn=s==1?$[0].idxs:null,wt=null,nn=!1;function hr(o,l){if(i=o??[],t.data=t._data=i,s==2){Ue=0;for(let c=1;c<$.length;c++)Ue+=i[c][0].length}else{i.length==0&&(t.data=t._data=i=[[]]),wt=i[0],Ue=wt.length;let c=i;if(Q==2){c=i.slice();let d=c[0]=Array(Ue);for(let h=0;h<Ue;h++)d[h]=h}t._data=i=c}if(Ii(!0),He("setData"),Q==2&&(Si=!0),l!==!1){let c=E;c.auto(t,nn)?Os():Bt(L,c.min,c.max),ii=ii||R.left>=0,ht=!0,Ci()}}t.setData=hr;function Os(){nn=!0;let o,l;s==1&&(Ue>0?(Re=Vn[0]=0,Ne=Vn[1]=Ue-1,o=i[0][Re],l=i[0][Ne],Q==2?(o=Re,l=Ne):o==l&&(Q==3?[o,l]=As(o,o,E.log,!1):Q==4?[o,l]=Uo(o,o,E.log,!1):E.time?l=o+Le(86400/W):[o,l]=ks(o,l,Vo,!0))):(Re=Vn[0]=o=null,Ne=Vn[1]=l=null)),Bt(L,o,l)}let Wn,Mi,Hs,Fs,Us,Vs,Ws,qs,Bs,et;function fr(o,l,c,d,h,g){o??=Sl,c??=qo,d??="butt",h??=Sl,g??="round",o!=Wn&&(m.strokeStyle=Wn=o),h!=Mi&&(m.fillStyle=Mi=h),l!=Hs&&(m.lineWidth=Hs=l),g!=Us&&(m.lineJoin=Us=g),d!=Vs&&(m.lineCap=Vs=d),c!=Fs&&m.setLineDash(Fs=c)}function mr(o,l,c,d){l!=Mi&&(m.fillStyle=Mi=l),o!=Ws&&(m.font=Ws=o),c!=qs&&(m.textAlign=qs=c),d!=Bs&&(m.textBaseline=Bs=d)}function js(o,l,c,d,h=0){if(d.length>0&&o.auto(t,nn)&&(l==null||l.min==null)){let g=ce(Re,0),b=ce(Ne,d.length-1),w=c.min==null?Td(d,g,b,h,o.distr==3):[c.min,c.max];o.min=Et(o.min,c.min=w[0]),o.max=Je(o.max,c.max=w[1])}}let gr={min:null,max:null};function dc(){for(let d in S){let h=S[d];O[d]==null&&(h.min==null||O[L]!=null&&h.auto(t,nn))&&(O[d]=gr)}for(let d in S){let h=S[d];O[d]==null&&h.from!=null&&O[h.from]!=null&&(O[d]=gr)}O[L]!=null&&Ii(!0);let o={};for(let d in O){let h=O[d];if(h!=null){let g=o[d]=Yi(S[d],Od);if(h.min!=null)Me(g,h);else if(d!=L||s==2)if(Ue==0&&g.from==null){let b=g.range(t,null,null,d);g.min=b[0],g.max=b[1]}else g.min=ge,g.max=-ge}}if(Ue>0){$.forEach((d,h)=>{if(s==1){let g=d.scale,b=O[g];if(b==null)return;let w=o[g];if(h==0){let x=w.range(t,w.min,w.max,g);w.min=x[0],w.max=x[1],Re=St(w.min,i[0]),Ne=St(w.max,i[0]),Ne-Re>1&&(i[0][Re]<w.min&&Re++,i[0][Ne]>w.max&&Ne--),d.min=wt[Re],d.max=wt[Ne]}else d.show&&d.auto&&js(w,b,d,i[h],d.sorted);d.idxs[0]=Re,d.idxs[1]=Ne}else if(h>0&&d.show&&d.auto){let[g,b]=d.facets,w=g.scale,x=b.scale,[A,T]=i[h],C=o[w],j=o[x];C!=null&&js(C,O[w],g,A,g.sorted),j!=null&&js(j,O[x],b,T,b.sorted),d.min=b.min,d.max=b.max}});for(let d in o){let h=o[d],g=O[d];if(h.from==null&&(g==null||g.min==null)){let b=h.range(t,h.min==ge?null:h.min,h.max==-ge?null:h.max,d);h.min=b[0],h.max=b[1]}}}for(let d in o){let h=o[d];if(h.from!=null){let g=o[h.from];if(g.min==null)h.min=h.max=null;else{let b=h.range(t,g.min,g.max,d);h.min=b[0],h.max=b[1]}}}let l={},c=!1;for(let d in o){let h=o[d],g=S[d];if(g.min!=h.min||g.max!=h.max){g.min=h.min,g.max=h.max;let b=g.distr;g._min=b==3?Ft(g.min):b==4?ko(g.min,g.asinh):b==100?g.fwd(g.min):g.min,g._max=b==3?Ft(g.max):b==4?ko(g.max,g.asinh):b==100?g.fwd(g.max):g.max,l[d]=c=!0}}if(c){$.forEach((d,h)=>{s==2?h>0&&l.y&&(d._paths=null):l[d.scale]&&(d._paths=null)});for(let d in l)Si=!0,He("setScale",d);Be&&R.left>=0&&(ii=ht=!0)}for(let d in O)O[d]=null}function pc(o){let l=Co(Re-1,0,Ue-1),c=Co(Ne+1,0,Ue-1);for(;o[l]==null&&l>0;)l--;for(;o[c]==null&&c<Ue-1;)c++;return[l,c]}function uc(){if(Ue>0){let o=$.some(l=>l._focus)&&et!=Tt.alpha;o&&(m.globalAlpha=et=Tt.alpha),$.forEach((l,c)=>{if(c>0&&l.show&&(vr(c,!1),vr(c,!0),l._paths==null)){let d=et;et!=l.alpha&&(m.globalAlpha=et=l.alpha);let h=s==2?[0,i[c][0].length-1]:pc(i[c]);l._paths=l.paths(t,c,h[0],h[1]),et!=d&&(m.globalAlpha=et=d)}}),$.forEach((l,c)=>{if(c>0&&l.show){let d=et;et!=l.alpha&&(m.globalAlpha=et=l.alpha),l._paths!=null&&yr(c,!1);{let h=l._paths!=null?l._paths.gaps:null,g=l.points.show(t,c,Re,Ne,h),b=l.points.filter(t,c,g,h);(g||b)&&(l.points._paths=l.points.paths(t,c,Re,Ne,b),yr(c,!0))}et!=d&&(m.globalAlpha=et=d),He("drawSeries",c)}}),o&&(m.globalAlpha=et=1)}}function vr(o,l){let c=l?$[o].points:$[o];c._stroke=c.stroke(t,o),c._fill=c.fill(t,o)}function yr(o,l){let c=l?$[o].points:$[o],{stroke:d,fill:h,clip:g,flags:b,_stroke:w=c._stroke,_fill:x=c._fill,_width:A=c.width}=c._paths;A=ve(A*pe,3);let T=null,C=A%2/2;l&&x==null&&(x=A>0?"#fff":w);let j=c.pxAlign==1&&C>0;if(j&&m.translate(C,C),!l){let de=nt-A/2,ae=ut-A/2,ie=Xe+A,V=_t+A;T=new Path2D,T.rect(de,ae,ie,V)}l?Gs(w,A,c.dash,c.cap,x,d,h,b,g):hc(o,w,A,c.dash,c.cap,x,d,h,b,T,g),j&&m.translate(-C,-C)}function hc(o,l,c,d,h,g,b,w,x,A,T){let C=!1;x!=0&&X.forEach((j,de)=>{if(j.series[0]==o){let ae=$[j.series[1]],ie=i[j.series[1]],V=(ae._paths||Dn).band;Zt(V)&&(V=j.dir==1?V[0]:V[1]);let N,we=null;ae.show&&V&&Id(ie,Re,Ne)?(we=j.fill(t,de)||g,N=ae._paths.clip):V=null,Gs(l,c,d,h,we,b,w,x,A,T,N,V),C=!0}}),C||Gs(l,c,d,h,g,b,w,x,A,T)}let br=Zi|Ro;function Gs(o,l,c,d,h,g,b,w,x,A,T,C){fr(o,l,c,d,h),(x||A||C)&&(m.save(),x&&m.clip(x),A&&m.clip(A)),C?(w&br)==br?(m.clip(C),T&&m.clip(T),Bn(h,b),qn(o,g,l)):w&Ro?(Bn(h,b),m.clip(C),qn(o,g,l)):w&Zi&&(m.save(),m.clip(C),T&&m.clip(T),Bn(h,b),m.restore(),qn(o,g,l)):(Bn(h,b),qn(o,g,l)),(x||A||C)&&m.restore()}function qn(o,l,c){c>0&&(l instanceof Map?l.forEach((d,h)=>{m.strokeStyle=Wn=h,m.stroke(d)}):l!=null&&o&&m.stroke(l))}function Bn(o,l){l instanceof Map?l.forEach((c,d)=>{m.fillStyle=Mi=d,m.fill(c)}):l!=null&&o&&m.fill(l)}function fc(o,l,c,d){let h=F[o],g;if(d<=0)g=[0,0];else{let b=h._space=h.space(t,o,l,c,d),w=h._incrs=h.incrs(t,o,l,c,d,b);g=Qp(l,c,w,d,b)}return h._found=g}function Ks(o,l,c,d,h,g,b,w,x,A){let T=b%2/2;H==1&&m.translate(T,T),fr(w,b,x,A,w),m.beginPath();let C,j,de,ae,ie=h+(d==0||d==3?-g:g);c==0?(j=h,ae=ie):(C=h,de=ie);for(let V=0;V<o.length;V++)l[V]!=null&&(c==0?C=de=o[V]:j=ae=o[V],m.moveTo(C,j),m.lineTo(de,ae));m.stroke(),H==1&&m.translate(-T,-T)}function mc(o){let l=!0;return F.forEach((c,d)=>{if(!c.show)return;let h=S[c.scale];if(h.min==null){c._show&&(l=!1,c._show=!1,Ii(!1));return}else c._show||(l=!1,c._show=!0,Ii(!1));let g=c.side,b=g%2,{min:w,max:x}=h,[A,T]=fc(d,w,x,b==0?Z:I);if(T==0)return;let C=h.distr==2,j=c._splits=c.splits(t,d,w,x,A,T,C),de=h.distr==2?j.map(N=>wt[N]):j,ae=h.distr==2?wt[j[1]]-wt[j[0]]:A,ie=c._values=c.values(t,c.filter(t,de,d,T,ae),d,T,ae);c._rotate=g==2?c.rotate(t,ie,d,T):0;let V=c._size;c._size=yt(c.size(t,ie,d,o)),V!=null&&c._size!=V&&(l=!1)}),l}function gc(o){let l=!0;return ur.forEach((c,d)=>{let h=c(t,d,si,o);h!=Wt[d]&&(l=!1),Wt[d]=h}),l}function vc(){for(let o=0;o<F.length;o++){let l=F[o];if(!l.show||!l._show)continue;let c=l.side,d=c%2,h,g,b=l.stroke(t,o),w=c==0||c==3?-1:1,[x,A]=l._found;if(l.label!=null){let Ke=l.labelGap*w,rt=Le((l._lpos+Ke)*pe);mr(l.labelFont[0],b,"center",c==2?"top":kl),m.save(),d==1?(h=g=0,m.translate(rt,Le(ut+_t/2)),m.rotate((c==3?-xs:xs)/2)):(h=Le(nt+Xe/2),g=rt);let li=ha(l.label)?l.label(t,o,x,A):l.label;m.fillText(li,h,g),m.restore()}if(A==0)continue;let T=S[l.scale],C=d==0?Xe:_t,j=d==0?nt:ut,de=l._splits,ae=T.distr==2?de.map(Ke=>wt[Ke]):de,ie=T.distr==2?wt[de[1]]-wt[de[0]]:x,V=l.ticks,N=l.border,we=V.show?V.size:0,Ae=Le(we*pe),Fe=Le((l.alignTo==2?l._size-we-l.gap:l.gap)*pe),me=l._rotate*-xs/180,Pe=U(l._pos*pe),st=(Ae+Fe)*w,Ge=Pe+st;g=d==0?Ge:0,h=d==1?Ge:0;let mt=l.font[0],xt=l.align==1?qi:l.align==2?wo:me>0?qi:me<0?wo:d==0?"center":c==3?wo:qi,Ct=me||d==1?"middle":c==2?"top":kl;mr(mt,b,xt,Ct);let ot=l.font[1]*l.lineGap,gt=de.map(Ke=>U(p(Ke,T,C,j))),$t=l._values;for(let Ke=0;Ke<$t.length;Ke++){let rt=$t[Ke];if(rt!=null){d==0?h=gt[Ke]:g=gt[Ke],rt=""+rt;let li=rt.indexOf(`
`)==-1?[rt]:rt.split(/\n/gm);for(let Ye=0;Ye<li.length;Ye++){let Or=li[Ye];me?(m.save(),m.translate(h,g+Ye*ot),m.rotate(me),m.fillText(Or,0,0),m.restore()):m.fillText(Or,h,g+Ye*ot)}}}V.show&&Ks(gt,V.filter(t,ae,o,A,ie),d,c,Pe,Ae,ve(V.width*pe,3),V.stroke(t,o),V.dash,V.cap);let Lt=l.grid;Lt.show&&Ks(gt,Lt.filter(t,ae,o,A,ie),d,d==0?2:1,d==0?ut:nt,d==0?_t:Xe,ve(Lt.width*pe,3),Lt.stroke(t,o),Lt.dash,Lt.cap),N.show&&Ks([Pe],[1],d==0?1:0,d==0?1:2,d==1?ut:nt,d==1?_t:Xe,ve(N.width*pe,3),N.stroke(t,o),N.dash,N.cap)}He("drawAxes")}function Ii(o){$.forEach((l,c)=>{c>0&&(l._paths=null,o&&(s==1?(l.min=null,l.max=null):l.facets.forEach(d=>{d.min=null,d.max=null})))})}let jn=!1,Ys=!1,sn=[];function yc(){Ys=!1;for(let o=0;o<sn.length;o++)He(...sn[o]);sn.length=0}function Ci(){jn||(Bd(_r),jn=!0)}function bc(o,l=!1){jn=!0,Ys=l,o(t),_r(),l&&sn.length>0&&queueMicrotask(yc)}t.batch=bc;function _r(){if(Ns&&(dc(),Ns=!1),Si&&(nc(),Si=!1),Fn){if(xe(P,qi,ye),xe(P,"top",Ce),xe(P,Mn,Z),xe(P,In,I),xe(M,qi,ye),xe(M,"top",Ce),xe(M,Mn,Z),xe(M,In,I),xe(y,Mn,Nt),xe(y,In,Xt),_.width=Le(Nt*pe),_.height=Le(Xt*pe),F.forEach(({_el:o,_show:l,_size:c,_pos:d,side:h})=>{if(o!=null)if(l){let g=h===3||h===0?c:0,b=h%2==1;xe(o,b?"left":"top",d-g),xe(o,b?"width":"height",c),xe(o,b?"top":"left",b?Ce:ye),xe(o,b?"height":"width",b?I:Z),Mo(o,vi)}else at(o,vi)}),Wn=Mi=Hs=Us=Vs=Ws=qs=Bs=Fs=null,et=1,ln(!0),ye!=ki||Ce!=ei||Z!=Pt||I!=ti){Ii(!1);let o=Z/Pt,l=I/ti;if(Be&&!ii&&R.left>=0){R.left*=o,R.top*=l,Li&&Dt(Li,Le(R.left),0,Z,I),Di&&Dt(Di,0,Le(R.top),Z,I);for(let c=0;c<ft.length;c++){let d=ft[c];d!=null&&(Pi[c]*=o,Ti[c]*=l,Dt(d,yt(Pi[c]),yt(Ti[c]),Z,I))}}if(_e.show&&!Un&&_e.left>=0&&_e.width>0){_e.left*=o,_e.width*=o,_e.top*=l,_e.height*=l;for(let c in to)xe(zi,c,_e[c])}ki=ye,ei=Ce,Pt=Z,ti=I}He("setSize"),Fn=!1}Nt>0&&Xt>0&&(m.clearRect(0,0,_.width,_.height),He("drawClear"),K.forEach(o=>o()),He("draw")),_e.show&&Un&&(Gn(_e),Un=!1),Be&&ii&&(ri(null,!0,!1),ii=!1),te.show&&te.live&&ht&&(Xs(),ht=!1),u||(u=!0,t.status=1,He("ready")),nn=!1,jn=!1}t.redraw=(o,l)=>{Si=l||!1,o!==!1?Bt(L,E.min,E.max):Ci()};function Zs(o,l){let c=S[o];if(c.from==null){if(Ue==0){let d=c.range(t,l.min,l.max,o);l.min=d[0],l.max=d[1]}if(l.min>l.max){let d=l.min;l.min=l.max,l.max=d}if(Ue>1&&l.min!=null&&l.max!=null&&l.max-l.min<1e-16)return;o==L&&c.distr==2&&Ue>0&&(l.min=St(l.min,i[0]),l.max=St(l.max,i[0]),l.min==l.max&&l.max++),O[o]=l,Ns=!0,Ci()}}t.setScale=Zs;let Js,Qs,Li,Di,wr,xr,Ri,Ni,$r,kr,be,Se,qt=!1,Ve=R.drag,ze=Ve.x,Oe=Ve.y;Be&&(R.x&&(Js=vt(md,M)),R.y&&(Qs=vt(gd,M)),E.ori==0?(Li=Js,Di=Qs):(Li=Qs,Di=Js),be=R.left,Se=R.top);let _e=t.select=Me({show:!0,over:!0,left:0,width:0,top:0,height:0},n.select),zi=_e.show?vt(fd,_e.over?M:P):null;function Gn(o,l){if(_e.show){for(let c in o)_e[c]=o[c],c in to&&xe(zi,c,o[c]);l!==!1&&He("setSelect")}}t.setSelect=Gn;function _c(o){if($[o].show)Ie&&Mo(Ee[o],vi);else if(Ie&&at(Ee[o],vi),Be){let c=Ai?ft[0]:ft[o];c!=null&&Dt(c,-10,-10,Z,I)}}function Bt(o,l,c){Zs(o,{min:l,max:c})}function Mt(o,l,c,d){l.focus!=null&&Sc(o),l.show!=null&&$.forEach((h,g)=>{g>0&&(o==g||o==null)&&(h.show=l.show,_c(g),s==2?(Bt(h.facets[0].scale,null,null),Bt(h.facets[1].scale,null,null)):Bt(h.scale,null,null),Ci())}),c!==!1&&He("setSeries",o,l),d&&an("setSeries",t,o,l)}t.setSeries=Mt;function wc(o,l){Me(X[o],l)}function xc(o,l){o.fill=se(o.fill||null),o.dir=ce(o.dir,-1),l=l??X.length,X.splice(l,0,o)}function $c(o){o==null?X.length=0:X.splice(o,1)}t.addBand=xc,t.setBand=wc,t.delBand=$c;function kc(o,l){$[o].alpha=l,Be&&ft[o]!=null&&(ft[o].style.opacity=l),Ie&&Ee[o]&&(Ee[o].style.opacity=l)}let zt,jt,oi,Oi={focus:!0};function Sc(o){if(o!=oi){let l=o==null,c=Tt.alpha!=1;$.forEach((d,h)=>{if(s==1||h>0){let g=l||h==0||h==o;d._focus=l?null:g,c&&kc(h,g?1:Tt.alpha)}}),oi=o,c&&Ci()}}Ie&&Ei&&je(Pl,ue,o=>{R._lock||(ni(o),oi!=null&&Mt(null,Oi,!0,Te.setSeries))});function It(o,l,c){let d=S[l];c&&(o=o/pe-(d.ori==1?Ce:ye));let h=Z;d.ori==1&&(h=I,o=h-o),d.dir==-1&&(o=h-o);let g=d._min,b=d._max,w=o/h,x=g+(b-g)*w,A=d.distr;return A==3?Gi(10,x):A==4?Ld(x,d.asinh):A==100?d.bwd(x):x}function Ec(o,l){let c=It(o,L,l);return St(c,i[0],Re,Ne)}t.valToIdx=o=>St(o,i[0]),t.posToIdx=Ec,t.posToVal=It,t.valToPos=(o,l,c)=>S[l].ori==0?r(o,S[l],c?Xe:Z,c?nt:0):a(o,S[l],c?_t:I,c?ut:0),t.setCursor=(o,l,c)=>{be=o.left,Se=o.top,ri(null,l,c)};function Sr(o,l){xe(zi,qi,_e.left=o),xe(zi,Mn,_e.width=l)}function Er(o,l){xe(zi,"top",_e.top=o),xe(zi,In,_e.height=l)}let on=E.ori==0?Sr:Er,rn=E.ori==1?Sr:Er;function Ac(){if(Ie&&te.live)for(let o=s==2?1:0;o<$.length;o++){if(o==0&&pt)continue;let l=te.values[o],c=0;for(let d in l)At[o][c++].firstChild.nodeValue=l[d]}}function Xs(o,l){if(o!=null&&(o.idxs?o.idxs.forEach((c,d)=>{fe[d]=c}):zd(o.idx)||fe.fill(o.idx),te.idx=fe[0]),Ie&&te.live){for(let c=0;c<$.length;c++)(c>0||s==1&&!pt)&&Pc(c,fe[c]);Ac()}ht=!1,l!==!1&&He("setLegend")}t.setLegend=Xs;function Pc(o,l){let c=$[o],d=o==0&&Q==2?wt:i[o],h;pt?h=c.values(t,o,l)??Vt:(h=c.value(t,l==null?null:d[l],o,l),h=h==null?Vt:{_:h}),te.values[o]=h}function ri(o,l,c){$r=be,kr=Se,[be,Se]=R.move(t,be,Se),R.left=be,R.top=Se,Be&&(Li&&Dt(Li,Le(be),0,Z,I),Di&&Dt(Di,0,Le(Se),Z,I));let d,h=Re>Ne;zt=ge,jt=null;let g=E.ori==0?Z:I,b=E.ori==1?Z:I;if(be<0||Ue==0||h){d=R.idx=null;for(let w=0;w<$.length;w++){let x=ft[w];x!=null&&Dt(x,-10,-10,Z,I)}Ei&&Mt(null,Oi,!0,o==null&&Te.setSeries),te.live&&(fe.fill(d),ht=!0)}else{let w,x,A;s==1&&(w=E.ori==0?be:Se,x=It(w,L),d=R.idx=St(x,i[0],Re,Ne),A=D(i[0][d],E,g,0));let T=-10,C=-10,j=0,de=0,ae=!0,ie="",V="";for(let N=s==2?1:0;N<$.length;N++){let we=$[N],Ae=fe[N],Fe=Ae==null?null:s==1?i[N][Ae]:i[N][1][Ae],me=R.dataIdx(t,N,d,x),Pe=me==null?null:s==1?i[N][me]:i[N][1][me];if(ht=ht||Pe!=Fe||me!=Ae,fe[N]=me,N>0&&we.show){let st=me==null?-10:me==d?A:D(s==1?i[0][me]:i[N][0][me],E,g,0),Ge=Pe==null?-10:B(Pe,s==1?S[we.scale]:S[we.facets[1].scale],b,0);if(Ei&&Pe!=null){let mt=E.ori==1?be:Se,xt=De(Tt.dist(t,N,me,Ge,mt));if(xt<zt){let Ct=Tt.bias;if(Ct!=0){let ot=It(mt,we.scale),gt=Pe>=0?1:-1,$t=ot>=0?1:-1;$t==gt&&($t==1?Ct==1?Pe>=ot:Pe<=ot:Ct==1?Pe<=ot:Pe>=ot)&&(zt=xt,jt=N)}else zt=xt,jt=N}}if(ht||Ai){let mt,xt;E.ori==0?(mt=st,xt=Ge):(mt=Ge,xt=st);let Ct,ot,gt,$t,Lt,Ke,rt=!0,li=qe.bbox;if(li!=null){rt=!1;let Ye=li(t,N);gt=Ye.left,$t=Ye.top,Ct=Ye.width,ot=Ye.height}else gt=mt,$t=xt,Ct=ot=qe.size(t,N);if(Ke=qe.fill(t,N),Lt=qe.stroke(t,N),Ai)N==jt&&zt<=Tt.prox&&(T=gt,C=$t,j=Ct,de=ot,ae=rt,ie=Ke,V=Lt);else{let Ye=ft[N];Ye!=null&&(Pi[N]=gt,Ti[N]=$t,Rl(Ye,Ct,ot,rt),Ll(Ye,Ke,Lt),Dt(Ye,yt(gt),yt($t),Z,I))}}}}if(Ai){let N=Tt.prox,we=oi==null?zt<=N:zt>N||jt!=oi;if(ht||we){let Ae=ft[0];Ae!=null&&(Pi[0]=T,Ti[0]=C,Rl(Ae,j,de,ae),Ll(Ae,ie,V),Dt(Ae,yt(T),yt(C),Z,I))}}}if(_e.show&&qt)if(o!=null){let[w,x]=Te.scales,[A,T]=Te.match,[C,j]=o.cursor.sync.scales,de=o.cursor.drag;if(ze=de._x,Oe=de._y,ze||Oe){let{left:ae,top:ie,width:V,height:N}=o.select,we=o.scales[C].ori,Ae=o.posToVal,Fe,me,Pe,st,Ge,mt=w!=null&&A(w,C),xt=x!=null&&T(x,j);mt&&ze?(we==0?(Fe=ae,me=V):(Fe=ie,me=N),Pe=S[w],st=D(Ae(Fe,C),Pe,g,0),Ge=D(Ae(Fe+me,C),Pe,g,0),on(Et(st,Ge),De(Ge-st))):on(0,g),xt&&Oe?(we==1?(Fe=ae,me=V):(Fe=ie,me=N),Pe=S[x],st=B(Ae(Fe,j),Pe,b,0),Ge=B(Ae(Fe+me,j),Pe,b,0),rn(Et(st,Ge),De(Ge-st))):rn(0,b)}else io()}else{let w=De($r-wr),x=De(kr-xr);if(E.ori==1){let j=w;w=x,x=j}ze=Ve.x&&w>=Ve.dist,Oe=Ve.y&&x>=Ve.dist;let A=Ve.uni;A!=null?ze&&Oe&&(ze=w>=A,Oe=x>=A,!ze&&!Oe&&(x>w?Oe=!0:ze=!0)):Ve.x&&Ve.y&&(ze||Oe)&&(ze=Oe=!0);let T,C;ze&&(E.ori==0?(T=Ri,C=be):(T=Ni,C=Se),on(Et(T,C),De(C-T)),Oe||rn(0,b)),Oe&&(E.ori==1?(T=Ri,C=be):(T=Ni,C=Se),rn(Et(T,C),De(C-T)),ze||on(0,g)),!ze&&!Oe&&(on(0,0),rn(0,0))}if(Ve._x=ze,Ve._y=Oe,o==null){if(c){if(zr!=null){let[w,x]=Te.scales;Te.values[0]=w!=null?It(E.ori==0?be:Se,w):null,Te.values[1]=x!=null?It(E.ori==1?be:Se,x):null}an(xo,t,be,Se,Z,I,d)}if(Ei){let w=c&&Te.setSeries,x=Tt.prox;oi==null?zt<=x&&Mt(jt,Oi,!0,w):zt>x?Mt(null,Oi,!0,w):jt!=oi&&Mt(jt,Oi,!0,w)}}ht&&(te.idx=d,Xs()),l!==!1&&He("setCursor")}let Gt=null;Object.defineProperty(t,"rect",{get(){return Gt==null&&ln(!1),Gt}});function ln(o=!1){o?Gt=null:(Gt=M.getBoundingClientRect(),He("syncRect",Gt))}function Ar(o,l,c,d,h,g,b){R._lock||qt&&o!=null&&o.movementX==0&&o.movementY==0||(eo(o,l,c,d,h,g,b,!1,o!=null),o!=null?ri(null,!0,!0):ri(l,!0,!1))}function eo(o,l,c,d,h,g,b,w,x){if(Gt==null&&ln(!1),ni(o),o!=null)c=o.clientX-Gt.left,d=o.clientY-Gt.top;else{if(c<0||d<0){be=-10,Se=-10;return}let[A,T]=Te.scales,C=l.cursor.sync,[j,de]=C.values,[ae,ie]=C.scales,[V,N]=Te.match,we=l.axes[0].side%2==1,Ae=E.ori==0?Z:I,Fe=E.ori==1?Z:I,me=we?g:h,Pe=we?h:g,st=we?d:c,Ge=we?c:d;if(ae!=null?c=V(A,ae)?p(j,S[A],Ae,0):-10:c=Ae*(st/me),ie!=null?d=N(T,ie)?p(de,S[T],Fe,0):-10:d=Fe*(Ge/Pe),E.ori==1){let mt=c;c=d,d=mt}}x&&(l==null||l.cursor.event.type==xo)&&((c<=1||c>=Z-1)&&(c=mi(c,Z)),(d<=1||d>=I-1)&&(d=mi(d,I))),w?(wr=c,xr=d,[Ri,Ni]=R.move(t,c,d)):(be=c,Se=d)}let to={width:0,height:0,left:0,top:0};function io(){Gn(to,!1)}let Pr,Tr,Mr,Ir;function Cr(o,l,c,d,h,g,b){qt=!0,ze=Oe=Ve._x=Ve._y=!1,eo(o,l,c,d,h,g,b,!0,!1),o!=null&&(je($o,Po,Lr,!1),an(El,t,Ri,Ni,Z,I,null));let{left:w,top:x,width:A,height:T}=_e;Pr=w,Tr=x,Mr=A,Ir=T}function Lr(o,l,c,d,h,g,b){qt=Ve._x=Ve._y=!1,eo(o,l,c,d,h,g,b,!1,!0);let{left:w,top:x,width:A,height:T}=_e,C=A>0||T>0,j=Pr!=w||Tr!=x||Mr!=A||Ir!=T;if(C&&j&&Gn(_e),Ve.setScale&&C&&j){let de=w,ae=A,ie=x,V=T;if(E.ori==1&&(de=x,ae=T,ie=w,V=A),ze&&Bt(L,It(de,L),It(de+ae,L)),Oe)for(let N in S){let we=S[N];N!=L&&we.from==null&&we.min!=ge&&Bt(N,It(ie+V,N),It(ie,N))}io()}else R.lock&&(R._lock=!R._lock,ri(l,!0,o!=null));o!=null&&($i($o,Po),an($o,t,be,Se,Z,I,null))}function Tc(o,l,c,d,h,g,b){if(R._lock)return;ni(o);let w=qt;if(qt){let x=!0,A=!0,T=10,C,j;E.ori==0?(C=ze,j=Oe):(C=Oe,j=ze),C&&j&&(x=be<=T||be>=Z-T,A=Se<=T||Se>=I-T),C&&x&&(be=be<Ri?0:Z),j&&A&&(Se=Se<Ni?0:I),ri(null,!0,!0),qt=!1}be=-10,Se=-10,fe.fill(null),ri(null,!0,!0),w&&(qt=w)}function Dr(o,l,c,d,h,g,b){R._lock||(ni(o),Os(),io(),o!=null&&an(Tl,t,be,Se,Z,I,null))}function Rr(){F.forEach(Xp),zs(t.width,t.height,!0)}yi($s,ji,Rr);let Hi={};Hi.mousedown=Cr,Hi.mousemove=Ar,Hi.mouseup=Lr,Hi.dblclick=Dr,Hi.setSeries=(o,l,c,d)=>{let h=Te.match[2];c=h(t,l,c),c!=-1&&Mt(c,d,!0,!1)},Be&&(je(El,M,Cr),je(xo,M,Ar),je(Al,M,o=>{ni(o),ln(!1)}),je(Pl,M,Tc),je(Tl,M,Dr),No.add(t),t.syncRect=ln);let Kn=t.hooks=n.hooks||{};function He(o,l,c){Ys?sn.push([o,l,c]):o in Kn&&Kn[o].forEach(d=>{d.call(null,t,l,c)})}(n.plugins||[]).forEach(o=>{for(let l in o.hooks)Kn[l]=(Kn[l]||[]).concat(o.hooks[l])});let Nr=(o,l,c)=>c,Te=Me({key:null,setSeries:!1,filters:{pub:Fl,sub:Fl},scales:[L,$[1]?$[1].scale:null],match:[Ul,Ul,Nr],values:[null,null]},R.sync);Te.match.length==2&&Te.match.push(Nr),R.sync=Te;let zr=Te.key,no=za(zr);function an(o,l,c,d,h,g,b){Te.filters.pub(o,l,c,d,h,g,b)&&no.pub(o,l,c,d,h,g,b)}no.sub(t);function Mc(o,l,c,d,h,g,b){Te.filters.sub(o,l,c,d,h,g,b)&&Hi[o](null,l,c,d,h,g,b)}t.pub=Mc;function Ic(){no.unsub(t),No.delete(t),Qt.clear(),Io($s,ji,Rr),f.remove(),ue?.remove(),He("destroy")}t.destroy=Ic;function so(){He("init",n,i),hr(i||n.data,!1),O[L]?Zs(L,O[L]):Os(),Un=_e.show&&(_e.width>0||_e.height>0),ii=ht=!0,zs(n.width,n.height)}return $.forEach(pr),F.forEach(cc),e?e instanceof HTMLElement?(e.appendChild(f),so()):e(t,so):so(),t}We.assign=Me;We.fmtNum=Wo;We.rangeNum=ks;We.rangeLog=As;We.rangeAsinh=Uo;We.orient=_i;We.pxRatio=pe;We.join=qd;We.fmtDate=Bo,We.tzDate=tp;We.sync=za;{We.addGap=zp,We.clipGaps=Ms;let n=We.paths={points:Wa};n.linear=Ba,n.stepped=Fp,n.bars=Up,n.spline=Wp}var Ya='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';function Za(n){let i=[...n].sort((e,t)=>e.day.localeCompare(t.day));return[i.map(e=>Date.parse(`${e.day}T12:00:00`)/1e3),i.map(e=>e.mean_age),i.map(e=>Math.round((e.emotions.happy??0)*100))]}var Qo=class extends lt{static{this.styles=[lt.styles,Jn(Ya)]}async load(){this.data=await this.me("evolution/daily","GET",void 0,{days:30})}updated(i){super.updated(i);let e=this.renderRoot.querySelector("#chart");if(!(i.has("data")||i.has("i18n"))||!this.data||!e)return;this.chart?.destroy();let t=this.i18n;this.chart=new We({width:420,height:180,legend:{show:!0},fmtDate:s=>t.chartDate(s),axes:[{stroke:"#ccc"},{stroke:"#ccc"}],series:[{label:t.t("evolution.day"),value:(s,r)=>r===null?"\u2013":t.day(new Date(r*1e3))},{label:t.t("evolution.age"),stroke:"#7cfc9a",width:2},{label:t.t("evolution.happy"),stroke:"#ffd54f",width:2}]},Za(this.data),e)}disconnectedCallback(){super.disconnectedCallback(),this.chart?.destroy(),this.chart=void 0}render(){let i=this.data??[];return v`<div>${this.i18n.plural("evolution.title",i.length,{days:this.i18n.number(i.length)})}</div>
      <div id="chart"></div>
      ${this.error?v`<div class="error">${this.error}</div>`:k}`}};q("mirror-evolution",Qo);var Nn=class extends re{constructor(){super(...arguments);this.info={};this.focused=!1}static{this.properties={info:{attribute:!1},focused:{type:Boolean}}}start(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:this.i18n.time(t)}render(){let e=this.i18n,t=this.info.calendar?.value??[],s=this.info.mail?.value;return v`<section class="widget ${this.focused?"focused":""}" id="personal" data-widget="personal">
      ${t.slice(0,3).map(r=>v`<div class="event">${this.start(r.start)} ${r.summary}</div>`)}
      ${s?v`<div class="mail">${e.t("info.unread",{count:e.number(s.unread)})}</div>
              ${s.latest.slice(0,3).map(r=>v`<div class="subject">${r.subject}</div>`)}`:k}
    </section>`}static{this.partStyles=Yt}};q("mirror-personal-info",Nn);var zn=class extends re{constructor(){super(...arguments);this.widget=""}static{this.properties={widget:{}}}render(){let e=this.i18n,t=mn(this.widget,e),s=t.charAt(0).toLocaleUpperCase(e.locale)+t.slice(1);return v`<section class="widget placeholder focused" id="held" data-widget=${this.widget}>
      ${e.t("notice.held",{widget:s})}
    </section>`}static{this.partStyles=[Yt,J`
      .placeholder {
        font-size: 20px;
        color: #ccc;
        border: 2px dashed rgba(255, 255, 255, 0.4);
      }
    `]}};q("mirror-widget-placeholder",zn);var On=class extends re{constructor(){super(...arguments);this.info={};this.focused=!1}static{this.properties={info:{attribute:!1},focused:{type:Boolean}}}clock(e){let t=e.iso?new Date(e.iso):null;if(!t||Number.isNaN(t.getTime()))return v`<div class="clock">${e.time}</div>
        <div>${e.weekday} ${e.date}</div>`;let s=e.time_zone||void 0;return v`<div class="clock">${this.i18n.time(t,s)}</div>
      <div class="date">${this.i18n.date(t,s)}</div>`}weather(e){let t=this.i18n;return t.t("info.weather",{temperature:`${t.number(Math.round(e.temperature))}${e.temperature_unit??""}`,condition:t.lookup(`weather.${e.condition}`,e.condition)})}air(e){if(e.aqi!==void 0)return this.i18n.t("info.air_index",{aqi:this.i18n.number(e.aqi)});let t=(e.readings??[]).map(s=>`${s.name} ${s.value} ${s.unit??""}`).join(", ");return this.i18n.t("info.air_readings",{readings:t})}render(){let e=this.info.clock?.value,t=this.info.weather?.value,s=this.info.air_quality?.value;return v`<section class="widget ${this.focused?"focused":""}" id="public" data-widget="public">
      ${e?this.clock(e):k}
      ${t?v`<div class="weather">${this.weather(t)}</div>`:k}
      ${s?v`<div class="air">${this.air(s)}</div>`:k}
    </section>`}static{this.partStyles=[Yt,J`
      .clock {
        font-size: 2.5em; /* of the widget column's type, which grows with the screen */
        line-height: 1.1;
      }
    `]}};q("mirror-public-info",On);var tu=[["match_distance","settings.match_distance"],["reverify_interval","settings.reverify_interval"],["leave_timeout","settings.leave_timeout"]],iu=[["fill","settings.fill"],["fit","settings.fit"]],Xo=class extends lt{constructor(){super(...arguments);this.toggles={};this.kiosk=!1;this.fit="fill"}static{this.properties={toggles:{attribute:!1},kiosk:{type:Boolean},fit:{attribute:!1}}}async load(){this.data=await this.hass.callWS({type:"smart_mirror/settings",entry_id:this.entryId})}async toggle(e){let t=this.toggles[e]!==!1;try{await this.hass.callService("smart_mirror",t?"hide_widget":"show_widget",{config_entry_id:this.entryId,widget:e})}catch(s){this.failed(s)}}async step(e,t){let{minimum:s,maximum:r}=as[e],a=Number(this.data?.[e]??s)+t,p=Math.round(Math.min(r,Math.max(s,a))*100)/100;try{this.data=await this.hass.callWS({type:"smart_mirror/settings",entry_id:this.entryId,changes:{[e]:p}})}catch(u){this.failed(u)}}value(e){let t=this.i18n.number(Number(this.data[e]),2);return as[e].unit==="s"?this.i18n.t("settings.seconds",{value:t}):t}render(){let e=this.i18n;return v`<div>${e.t("settings.title")}</div>
      <div>
        ${ls.map(t=>v`<button
              class=${this.toggles[t]!==!1?"on":""}
              data-feature=${t}
              @click=${()=>{this.toggle(t)}}
            >
              ${mn(t,e)}
            </button>`)}
      </div>
      ${this.data?tu.map(([t,s])=>{let{step:r}=as[t];return v`<div>
                ${e.t("settings.setting",{label:e.t(s),value:this.value(t)})}
                <button data-step=${`${t}-`} @click=${()=>{this.step(t,-r)}}>−</button>
                <button data-step=${`${t}+`} @click=${()=>{this.step(t,r)}}>+</button>
              </div>`}):k}
      <div class="display">
        <div>${e.t("settings.display")}</div>
        <button
          id="kiosk"
          class=${this.kiosk?"on":""}
          aria-pressed=${this.kiosk?"true":"false"}
          @click=${()=>Y(this,"display-change",{kiosk:!this.kiosk})}
        >
          ${e.t("settings.kiosk")}
        </button>
        ${iu.map(([t,s])=>v`<button
              data-fit=${t}
              class=${this.fit===t?"on":""}
              aria-pressed=${this.fit===t?"true":"false"}
              @click=${()=>Y(this,"display-change",{fit:t})}
            >
              ${e.t(s)}
            </button>`)}
      </div>
      ${this.error?v`<div class="error">${this.error}</div>`:k}`}};q("mirror-settings",Xo);var er={running:!1,listening:!1,stage:"",handlerId:null,heard:null,speech:null,ttsUrl:null,error:null,conversationId:null},tr="assist_failed";function Ja(n,i=null){return{...er,running:!0,stage:"starting",heard:i,conversationId:n.conversationId}}function ir(n,i){let e=i.data??{};switch(i.type){case"run-start":return{...n,running:!0,stage:i.type,handlerId:e.runner_data?.stt_binary_handler_id??null,conversationId:e.conversation_id??n.conversationId};case"stt-start":return{...n,stage:i.type,listening:!0};case"stt-vad-end":return{...n,stage:i.type,listening:!1};case"stt-end":return{...n,stage:i.type,listening:!1,heard:e.stt_output?.text??n.heard};case"intent-end":{let t=e.intent_output??{};return{...n,stage:i.type,speech:t.response?.speech?.plain?.speech??n.speech,conversationId:t.conversation_id??n.conversationId}}case"tts-end":return{...n,stage:i.type,ttsUrl:e.tts_output?.url??null};case"run-end":return{...n,stage:i.type,running:!1,listening:!1,handlerId:null};case"error":return{...n,stage:i.type,running:!1,listening:!1,handlerId:null,error:e.message??e.code??tr};default:return{...n,stage:i.type}}}function nr(n){return{stt:!!n?.stt_engine,tts:!!n?.tts_engine}}function Qa(n){return n.pipelines.find(i=>i.id===n.preferred_pipeline)??n.pipelines[0]??null}var Xa=16e3;function ec(n){let i=new Int16Array(n.length);for(let e=0;e<n.length;e+=1){let t=Math.max(-1,Math.min(1,n[e]));i[e]=t<0?Math.round(t*32768):Math.round(t*32767)}return i}function sr(n,i=new Int16Array(0)){let e=new Uint8Array(1+i.length*2);e[0]=n;let t=new DataView(e.buffer);for(let s=0;s<i.length;s+=1)t.setInt16(1+s*2,i[s],!0);return e}var Ds=class{constructor(i=1600){this.chunk=i;this.parts=[];this.length=0}push(i){return this.parts.push(i),this.length+=i.length,this.length>=this.chunk?this.take():null}take(){let i=new Int16Array(this.length),e=0;for(let t of this.parts)i.set(t,e),e+=t.length;return this.parts=[],this.length=0,i}};var nu=600,su=`
class MirrorRecorder extends AudioWorkletProcessor {
  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel && channel.length) this.port.postMessage(channel.slice());
    return true;
  }
}
registerProcessor("mirror-recorder", MirrorRecorder);
`,or=class extends tt{constructor(){super(...arguments);this.i18n=Ze;this.pipeline=void 0;this.assist=er;this.note="";this.text="";this.buffer=new Ds;this.early=[];this.ended=!1;this.ending=!1;this.opening=!1;this.stopTap=!1;this.pressedAt=0;this.loading=!1}static{this.properties={hass:{attribute:!1},i18n:{attribute:!1},pipeline:{state:!0},assist:{state:!0},note:{state:!0},text:{state:!0}}}connectedCallback(){super.connectedCallback(),window.mirrorVoice=this}disconnectedCallback(){super.disconnectedCallback(),this.stopMicrophone(!1),this.unsubscribe?.(),this.unsubscribe=void 0,this.audio?.pause()}updated(e){e.has("hass")&&this.hass&&this.pipeline===void 0&&!this.loading&&this.loadPipeline()}async loadPipeline(){this.loading=!0;try{let e=await this.hass.callWS({type:"assist_pipeline/pipeline/list"});this.pipeline=Qa(e),this.pipeline?nr(this.pipeline).stt||(this.note=this.i18n.t("voice.no_stt")):this.note=this.i18n.t("voice.no_pipeline")}catch(e){this.pipeline=null,this.note=this.i18n.t("voice.unavailable",{error:this.i18n.error(e)})}finally{this.loading=!1}}get can(){return nr(this.pipeline)}async run(e,t){if(!this.hass)return!1;await this.unsubscribe?.().catch(()=>{}),this.unsubscribe=void 0,this.audio?.pause(),this.assist=Ja(this.assist,t);try{return this.unsubscribe=await this.hass.connection.subscribeMessage(s=>this.receive(s),{type:"assist_pipeline/run",end_stage:this.can.tts?"tts":"intent",...this.pipeline?{pipeline:this.pipeline.id}:{},...this.assist.conversationId?{conversation_id:this.assist.conversationId}:{},...e}),!0}catch(s){return this.assist=ir(this.assist,{type:"error",data:{message:s.message??String(s)}}),!1}}receive(e){if(this.assist=ir(this.assist,e),e.type==="run-start"&&this.flushAudio(),(e.type==="stt-vad-end"||e.type==="stt-end"||e.type==="error")&&this.stopMicrophone(!1),e.type==="tts-end"&&this.assist.ttsUrl&&(this.audio=new Audio(this.assist.ttsUrl),this.audio.play().catch(t=>console.warn("smart mirror: the answer's audio did not play",t))),e.type==="run-end"||e.type==="error"){let t=this.unsubscribe;this.unsubscribe=void 0,t?.().catch(()=>{})}}async send(){let e=this.text.trim();e&&(this.text="",await this.run({start_stage:"intent",input:{text:e}},e))}press(){if(this.microphone||this.opening){this.stopTap=!0,this.release();return}this.stopTap=!1,this.pressedAt=Date.now(),this.talk()}lift(){this.stopTap||Date.now()-this.pressedAt>=nu&&this.release()}async talk(){if(!this.can.stt){this.note=this.i18n.t("voice.no_stt"),this.renderRoot.querySelector("#text")?.focus();return}this.ended=!1,this.ending=!1,this.early=[],this.buffer.take(),this.opening=!0;try{this.microphone=await this.openMicrophone()}catch(s){this.note=this.i18n.t("voice.no_microphone",{error:this.i18n.error(s)});return}finally{this.opening=!1}if(this.ended){await this.stopMicrophone(!1);return}this.note="";let e=this.microphone.context.sampleRate;await this.run({start_stage:"stt",input:{sample_rate:e}},null)||await this.stopMicrophone(!1)}async openMicrophone(){let e=await navigator.mediaDevices.getUserMedia({audio:{channelCount:1,echoCancellation:!0,noiseSuppression:!0,autoGainControl:!0}}),t,s;try{t=new AudioContext({sampleRate:Xa}),s=t.createMediaStreamSource(e)}catch{t=new AudioContext,s=t.createMediaStreamSource(e)}let r=URL.createObjectURL(new Blob([su],{type:"text/javascript"}));try{await t.audioWorklet.addModule(r)}finally{URL.revokeObjectURL(r)}let a=new AudioWorkletNode(t,"mirror-recorder");return a.port.onmessage=p=>this.samples(p.data),s.connect(a),{stream:e,context:t,node:a}}samples(e){let t=this.buffer.push(ec(e));t&&(this.early.push(t),this.flushAudio())}flushAudio(){let e=this.assist.handlerId,t=this.hass?.connection.socket;if(!(e===null||!t||t.readyState!==WebSocket.OPEN)){for(let s of this.early)t.send(sr(e,s));this.early=[],this.ending&&(this.ending=!1,t.send(sr(e)))}}release(){this.ended=!0,this.microphone&&this.stopMicrophone(!0)}async stopMicrophone(e){let t=this.microphone;if(this.microphone=void 0,!t)return;t.node.port.onmessage=null;for(let r of t.stream.getTracks())r.stop();let s=this.buffer.take();s.length>0&&this.early.push(s),this.ending=e&&this.assist.running,this.flushAudio(),this.requestUpdate(),await t.context.close().catch(()=>{})}render(){let e=this.i18n,t=this.assist,s=!!this.microphone,r=t.error===tr?e.t("voice.failed"):t.error;return v`<div class="title">
        ${e.t("voice.title")}${this.pipeline?v` · <span class="pipeline">${this.pipeline.name}</span>`:k}
      </div>
      <form
        @submit=${a=>{a.preventDefault(),this.send()}}
      >
        <input
          id="text"
          type="text"
          autocomplete="off"
          placeholder=${e.t("voice.placeholder")}
          .value=${this.text}
          @input=${a=>this.text=a.target.value}
        />
        <button id="send" type="submit" title=${e.t("voice.send")}>➤</button>
        <button
          id="talk"
          type="button"
          class=${s?"listening":this.can.stt?"":"off"}
          title=${this.can.stt?e.t("voice.hold_to_talk"):e.t("voice.no_stt")}
          @pointerdown=${()=>this.press()}
          @pointerup=${()=>this.lift()}
          @pointercancel=${()=>this.lift()}
        >
          <ha-icon icon=${this.can.stt?"mdi:microphone":"mdi:microphone-off"}></ha-icon>
        </button>
      </form>
      ${this.note?v`<div class="note" id="voice-note">${this.note}</div>`:k}
      ${s?v`<div class="status" id="listening">${e.t("voice.listening")}</div>`:k}
      ${t.running&&!s?v`<div class="status">…</div>`:k}
      ${t.heard?v`<div class="heard" id="heard">“${t.heard}”</div>`:k}
      ${t.speech?v`<div class="speech" id="speech">${t.speech}</div>`:k}
      ${r?v`<div class="error" id="voice-error">${r}</div>`:k}`}static{this.styles=J`
    :host {
      display: block;
      background: rgba(0, 0, 0, 0.6);
      border-radius: 20px;
      padding: 16px 20px;
      color: #fff;
      font-size: 24px;
    }
    form {
      display: flex;
      gap: 8px;
      align-items: center;
      margin: 8px 0;
    }
    input {
      flex: 1;
      min-width: 0;
      min-height: 52px;
      font-size: 22px;
      border-radius: 14px;
      border: none;
      padding: 0 12px;
      background: rgba(255, 255, 255, 0.9);
      color: #000;
    }
    button {
      min-width: 56px;
      min-height: 56px;
      font-size: 22px;
      border-radius: 14px;
      border: none;
      background: rgba(255, 255, 255, 0.15);
      color: #fff;
      touch-action: none;
    }
    button.listening {
      background: #c62828;
    }
    button.off {
      opacity: 0.5;
    }
    .pipeline,
    .status,
    .note {
      font-size: 18px;
      color: #ccc;
    }
    .heard {
      font-style: italic;
      color: #ddd;
    }
    .speech {
      font-size: 28px;
      margin-top: 6px;
    }
    .error {
      color: #ff9a9a;
      font-size: 18px;
    }
  `}};q("mirror-voice",or);var ou=12e4,tc=1.25,ru=4,lu=1500,au=4e3,rr=2e3,ar=class extends tt{constructor(){super(...arguments);this.narrow=!1;this.session={state:"idle"};this.assessment=null;this.publicInfo={};this.personal={};this.zoom=1;this.dimmed=!1;this.pinMessage="";this.toggles={};this.sheet="";this.enrolment=null;this.live=null;this.enrolled=null;this.dismissed=null;this.display=vl(lr());this.kiosk=bl(location.search)||this.display.kiosk;this.fit=this.display.fit;this.ratio=9/16;this.kioskMode=new gs({dispatchEvent:e=>(this.isConnected?this:this.app??this).dispatchEvent(e)},lr());this.wake=new vs;this.ring=new hs;this.cards=new ds;this.now=Date.now();this.answering=null;this.gesture=null;this.notice=null;this.i18n=Ze;this.connecting=!1;this.closed=!1;this.faces=new Vi;this.dimmer=new fs(ou,e=>this.dimmed=e);this.publicSubscribing=!1;this.publicRetryAt=0;this.personalFor=null;this.personalGeneration=0;this.stats={painted:0,lastSeq:-1,latencies:[],width:0,height:0,faceEvents:0,boxes:0,named:0,commands:0,confirms:0,gestures:0}}static{this.properties={hass:{attribute:!1},panel:{attribute:!1},narrow:{type:Boolean},session:{state:!0},assessment:{state:!0},publicInfo:{state:!0},personal:{state:!0},zoom:{state:!0},dimmed:{state:!0},pinMessage:{state:!0},toggles:{state:!0},sheet:{state:!0},enrolment:{state:!0},now:{state:!0},answering:{state:!0},live:{state:!0},enrolled:{state:!0},dismissed:{state:!0},kiosk:{state:!0},fit:{state:!0},ratio:{state:!0}}}get entryId(){return new URLSearchParams(location.search).get("entry")??this.panel?.config?.entry_id}connectedCallback(){super.connectedCallback(),this.closed=!1,this.dimmer.activity(),this.hass&&this.kioskMode.set(this.kiosk,this.hass.dockedSidebar),window.mirrorPanel=this,this.app=cu(this)}disconnectedCallback(){super.disconnectedCallback(),this.closed=!0,this.socket?.close(),this.socket=void 0,this.dimmer.stop(),this.ticker&&clearInterval(this.ticker),this.ticker=void 0,Rs(this.publicOff),this.publicOff=void 0,this.dropPersonal(),this.personalFor=null,this.wake.want(!1),this.display.kiosk||this.kioskMode.set(!1,this.hass?.dockedSidebar)}willUpdate(e){e.has("hass")&&(this.i18n=dl(this.hass)),this.ring.settle(this.visibleWidgets(),_n.filter(t=>this.toggles[t]===!1))}updated(e){e.has("hass")&&this.hass&&!this.closed&&(!this.socket&&!this.connecting&&this.connect(),this.subscribePublic()),(e.has("session")||e.has("hass")||e.has("dismissed"))&&this.followSession(),(e.has("kiosk")||e.has("hass"))&&this.hass&&!this.closed&&this.kioskMode.set(this.kiosk,this.hass.dockedSidebar),(e.has("kiosk")||e.has("session"))&&this.wake.want(this.kiosk&&!this.closed&&this.session.state!=="idle")}displayChange(e){e.kiosk!==void 0&&(this.kiosk=e.kiosk),e.fit!==void 0&&(this.fit=e.fit),this.display={kiosk:e.kiosk??this.display.kiosk,fit:this.fit},yl(lr(),this.display)}async connect(){let e=this.hass,t=this.entryId;if(!e||!t)return;this.connecting=!0;let s;try{({url:s}=await e.callWS({type:"smart_mirror/stream",entry_id:t}))}catch{this.connecting=!1,this.closed||setTimeout(()=>{this.connect()},rr);return}if(this.closed){this.connecting=!1;return}let r=new WebSocket(new URL(s,location.href).href.replace(/^http/,"ws"));r.binaryType="arraybuffer",r.onmessage=a=>this.receive(a.data),r.onclose=()=>{this.socket===r&&(this.socket=void 0),this.connecting=!1,this.closed||setTimeout(()=>{this.connect()},rr)},this.socket=r}async subscribePublic(){let e=this.hass,t=this.entryId;if(!(!e||!t||this.publicOff||this.publicSubscribing||Date.now()<this.publicRetryAt)){this.publicSubscribing=!0;try{let s=await e.connection.subscribeMessage(r=>{r.public&&(this.publicInfo=r.public)},{type:"smart_mirror/info/subscribe",entry_id:t});this.closed?Rs(s):this.publicOff=s}catch(s){this.publicRetryAt=Date.now()+rr,console.warn("smart mirror: public information unavailable",s)}finally{this.publicSubscribing=!1}}}receive(e){if(typeof e!="string"){let s=this.renderRoot.querySelector("mirror-stream-view");s&&(s.frame=hl(e));return}let t=JSON.parse(e);if(t.type==="hello"){this.toggles=t.data.toggles??{};let s=t.data.identity?.persons;this.enrolled=typeof s=="number"?s:null;let r=t.data.identity?.session;typeof r=="string"&&this.session.state==="idle"&&(this.session={state:r})}else if(t.type==="persons"){let s=t.data.persons??[];this.enrolled=s.filter(r=>(r.embeddings??0)>0).length}else if(t.type==="toggles")this.toggles=t.data;else if(t.type==="faces")this.faces.add({seq:t.data.seq,faces:t.data.faces}),this.stats.faceEvents+=1,t.data.faces.length>0&&this.dimmer.activity();else if(t.type==="session")this.session=t.data,this.dismissed&&!this.isDismissed()&&(this.dismissed=null),this.session.state==="active"&&(this.enrolment=null),this.session.state!=="needs_login"&&(this.pinMessage=""),this.session.state!=="active"&&(this.assessment=null,this.sheet==="calibration"&&(this.sheet=""));else if(t.type==="enrolment"){if(typeof t.data.person_id=="number"&&(this.live=t.data),!this.enrolment||this.enrolment.step==="who")return;let s=t.data;this.enrolment={...this.enrolment,step:s.state==="done"?"done":s.state==="collecting"?"collecting":"failed",collected:s.collected,needed:s.needed,hint:s.hint,error:s.error}}else if(t.type==="assessment")this.person&&(this.assessment=t.data.smoothed);else if(t.type==="command"){let s=t.data;this.dimmer.activity(),s.done_by==="panel"&&this.carryOut(s)}else if(t.type==="confirm")this.dimmer.activity(),this.cards.ask(t.data,Date.now()),this.stats.confirms+=1,this.tick();else if(t.type==="confirm_result")this.cards.result(t.data,Date.now())&&this.tick();else if(t.type==="gesture"){this.dimmer.activity();let s=t.data;this.gesture={...s,until:Date.now()+lu},this.stats.gestures+=1,this.tick()}}touched(){this.dimmer.activity(),this.kioskMode.touched()}painted(e){let{seq:t,captured:s,width:r,height:a,boxes:p,named:u}=e.detail,f=this.stats;f.width=r,f.height=a,r>0&&Math.abs(a/r-this.ratio)>.001&&(this.ratio=a/r),f.boxes+=p,f.named+=u,f.painted+=1,f.lastSeq=t,f.latencies.push(Date.now()/1e3-s),f.latencies.length>600&&f.latencies.shift()}async followSession(){let e=this.person?this.session.session?.id??null:null,t=this.hass,s=this.entryId;if(e===this.personalFor||!t||this.closed)return;this.personalFor=e,this.personal={},this.dropPersonal();let r=++this.personalGeneration;if(!e||!s)return;let a=()=>r===this.personalGeneration&&!this.closed;try{let p=await t.connection.subscribeMessage(u=>{u.personal&&a()&&(this.personal=u.personal)},{type:"smart_mirror/info/subscribe",entry_id:s,session_id:e});a()?this.personalOff=p:Rs(p)}catch(p){console.warn("smart mirror: personal information unavailable",p)}}dropPersonal(){this.personalGeneration+=1,Rs(this.personalOff),this.personalOff=void 0}async choose(e){try{await this.hass?.callWS({type:"smart_mirror/session/choose",entry_id:this.entryId,face:e})}catch(t){this.say(this.i18n.error(t))}}async login(e){let t=this.session.candidate;if(!(!t||!this.hass))try{await this.hass.callWS({type:"smart_mirror/session/login",entry_id:this.entryId,person_id:t.decision.person_id,pin:e})}catch(s){this.pinMessage=this.i18n.error(s,this.i18n.t("session.login_failed"))}}async notMe(){let e=this.session.session;if(!this.person||!e)return;let t={session:e.id,person:e.person?.id};this.dismissed=t,this.assessment=null,this.personal={},this.sheet==="calibration"&&(this.sheet="");try{await this.hass?.callWS({type:"smart_mirror/command",entry_id:this.entryId,name:"not_me",args:{}})}catch(s){s.code!=="no_session"&&this.dismissed===t&&(this.dismissed=null),this.say(this.i18n.error(s))}}isDismissed(){let e=this.dismissed,t=this.session.session;return!e||this.session.state!=="active"||!t?!1:e.session!==void 0&&t.id!==void 0?e.session===t.id:e.person!==void 0&&e.person===t.person?.id}async capture(){try{await this.hass?.callService("smart_mirror","capture",{config_entry_id:this.entryId})}catch(e){this.say(this.i18n.error(e))}}setZoom(e){this.zoom=Math.min(ru,Math.max(1,e))}zoomBy(e){this.setZoom(e==="out"?this.zoom/tc:e==="reset"?1:this.zoom*tc)}async enrol(e){this.enrolment={step:"collecting",name:e.name,collected:0};try{await this.hass?.callService("smart_mirror","enrol_person",{config_entry_id:this.entryId,person:e.name,ha_person:e.entityId})}catch(t){this.enrolment={step:"failed",name:e.name,error:this.i18n.error(t)}}}household(){return Object.values(this.hass?.states??{}).filter(e=>e.entity_id.startsWith("person.")).map(e=>({entityId:e.entity_id,name:e.attributes.friendly_name??e.entity_id}))}carryOut(e){this.stats.commands+=1;let t=this.visibleWidgets();switch(e.name){case"next_widget":this.ring.next(t);break;case"previous_widget":this.ring.previous(t);break;case"toggle_focused":this.toggleFocused();break;case"zoom":this.zoomBy(e.args?.direction);break;case"open_calibration":this.session.state==="active"&&this.session.session?.person?this.sheet="calibration":this.say(this.i18n.t("notice.calibration_needs_person"));break;default:return}this.requestUpdate(),this.updateComplete.then(()=>this.renderRoot.querySelector(".widgets .focused")?.scrollIntoView({block:"nearest"}))}get focusIndex(){return this.ring.index(this.visibleWidgets())}async toggleFocused(){let e=this.ring.focused;if(!e){this.say(this.i18n.t("notice.nothing_focused"));return}let t=this.toggles[e]===!1;try{await this.hass?.callService("smart_mirror",t?"show_widget":"hide_widget",{config_entry_id:this.entryId,widget:e})}catch(s){this.say(this.i18n.error(s))}}touchWidget(e){for(let t of e.composedPath()){if(t===e.currentTarget)return;let s=t.dataset?.widget;if(s){s===this.ring.held(this.visibleWidgets())?this.toggleFocused():this.ring.focus(s),this.requestUpdate();return}}}async answer({id:e,accepted:t,alternative:s}){let r=this.cards.current(Date.now());if(!(!this.hass||!r||r.id!==e||this.answering===e)){this.answering=e;try{await this.hass.callWS({type:"smart_mirror/command/answer",entry_id:this.entryId,confirmation_id:e,accepted:t,...s?{correction:us(r,s)}:{}})}catch(a){let p=a;this.cards.close(e),this.say(p.code==="not_found"?this.i18n.t("confirm.expired"):this.i18n.error(a))}finally{this.answering=null}}}say(e){this.notice={text:e,until:Date.now()+au},this.tick()}tick(){this.now=Date.now();let e=this.cards.busy(this.now)||this.gesture!==null&&this.gesture.until>this.now||this.notice!==null&&this.notice.until>this.now;e&&!this.ticker&&(this.ticker=setInterval(()=>this.tick(),250)),!e&&this.ticker&&(clearInterval(this.ticker),this.ticker=void 0)}open(e){this.sheet=this.sheet===e?"":e}get admin(){return!!this.hass?.user?.is_admin}shown(e){return this.toggles[e]!==!1}get person(){return this.session.state!=="active"||this.isDismissed()?null:this.session.session?.person??null}visibleWidgets(){let e=this.person,t={public:this.shown("public"),personal:!!e&&this.shown("personal")&&Object.keys(this.personal).length>0,assessment:!!e&&!!this.assessment&&this.shown("assessment"),evolution:!!e&&this.shown("evolution"),diary:!!e&&this.shown("diary")};return _n.filter(s=>t[s])}render(){let e=this.person,t=this.i18n,s=this.cards.current(this.now),r=this.gesture&&this.gesture.until>this.now?this.gesture.gesture:null,a=this.notice&&this.notice.until>this.now?this.notice.text:null;return v`
      <div
        class="mirror ${this.dimmed?"dimmed":""} ${this.kiosk?"kiosk":""} fit-${this.fit}"
        style="--picture-ratio: ${this.ratio}"
        @pointerdown=${()=>this.touched()}
      >
        <mirror-stream-view
          .i18n=${t}
          .zoom=${this.zoom}
          .fit=${this.fit}
          .faces=${this.faces}
          @frame-painted=${p=>this.painted(p)}
        ></mirror-stream-view>
        <mirror-picture-controls
          .i18n=${t}
          @zoom=${p=>this.zoomBy(p.detail.step)}
          @capture=${()=>{this.capture()}}
        ></mirror-picture-controls>
        ${this.renderSession(e)} ${this.renderFirstRun()}
        <mirror-sheet-buttons
          .i18n=${t}
          .settings=${this.shown("settings")}
          .people=${this.admin}
          .calibration=${!!e}
          .open=${this.sheet}
          @open-sheet=${p=>this.open(p.detail.sheet)}
        ></mirror-sheet-buttons>
        <div class="widgets" @pointerdown=${p=>this.touchWidget(p)}>
          ${this.renderSheet(e)} ${this.renderWidgets()}
        </div>
        ${this.renderPeople()}
        <mirror-confirm-card
          .i18n=${t}
          .question=${s}
          .outcome=${this.cards.shownOutcome(this.now,t)}
          .remaining=${this.cards.remaining(this.now)}
          .answering=${s!==null&&this.answering===s.id}
          @confirm-answer=${p=>{this.answer(p.detail)}}
        ></mirror-confirm-card>
        <mirror-indicators .i18n=${t} .gesture=${r} .notice=${a}></mirror-indicators>
      </div>
    `}renderSession(e){let t=this.i18n,s=this.session.state;return e?v`<mirror-greeting
        .i18n=${t}
        .person=${e.name}
        @not-me=${()=>{this.notMe()}}
      ></mirror-greeting>`:this.enrolment?v`<mirror-enrolment
        .i18n=${t}
        .enrolment=${this.enrolment}
        .people=${this.household()}
        @enrol-person=${r=>{this.enrol(r.detail)}}
        @enrol-cancel=${()=>this.enrolment=null}
        @enrol-retry=${()=>this.enrolment={step:"who"}}
      ></mirror-enrolment>`:s==="needs_choice"?v`<mirror-person-chooser
        .i18n=${t}
        .faces=${this.session.faces??[]}
        @choose-face=${r=>{this.choose(r.detail.index)}}
      ></mirror-person-chooser>`:s==="needs_login"&&this.session.candidate?v`<mirror-pin-pad
        .i18n=${t}
        .name=${this.session.candidate.name}
        .message=${this.pinMessage}
        @pin-input=${()=>this.pinMessage=""}
        @pin-submit=${r=>{this.login(r.detail.pin)}}
      ></mirror-pin-pad>`:s==="guest"?v`<mirror-greeting
        .i18n=${t}
        .person=${null}
        .suggestEnrolment=${!!this.session.suggest_enrolment}
        @enrol-start=${()=>this.enrolment={step:"who"}}
      ></mirror-greeting>`:k}renderFirstRun(){return this.enrolled!==0||this.sheet==="people"||this.enrolment?k:v`<mirror-first-run
      .i18n=${this.i18n}
      .admin=${this.admin}
      @open-sheet=${e=>this.open(e.detail.sheet)}
    ></mirror-first-run>`}renderPeople(){return this.sheet!=="people"||!this.admin?k:v`<mirror-people
      .i18n=${this.i18n}
      .hass=${this.hass}
      .entryId=${this.entryId}
      .live=${this.live}
      @open-sheet=${e=>this.open(e.detail.sheet)}
    ></mirror-people>`}renderSheet(e){let t=this.i18n;return this.sheet==="settings"?v`<mirror-settings
          id="settings"
          .i18n=${t}
          .hass=${this.hass}
          .entryId=${this.entryId}
          .toggles=${this.toggles}
          .kiosk=${this.kiosk}
          .fit=${this.fit}
          @display-change=${s=>this.displayChange(s.detail)}
        ></mirror-settings>
        <mirror-admin id="admin" .i18n=${t} .hass=${this.hass} .entryId=${this.entryId}></mirror-admin>`:this.sheet==="calibration"&&e?this.personalWidget("mirror-calibration"):this.sheet==="voice"?v`<mirror-voice id="voice" .i18n=${t} .hass=${this.hass}></mirror-voice>`:k}renderWidgets(){let e=this.i18n,t=this.visibleWidgets();return _n.map(s=>{if(!t.includes(s))return s===this.ring.held(t)&&this.toggles[s]===!1?v`<mirror-widget-placeholder .i18n=${e} .widget=${s}></mirror-widget-placeholder>`:k;let r=this.ring.focused===s;return s==="public"?v`<mirror-public-info .i18n=${e} .info=${this.publicInfo} .focused=${r}></mirror-public-info>`:s==="personal"?v`<mirror-personal-info
          .i18n=${e}
          .info=${this.personal}
          .focused=${r}
        ></mirror-personal-info>`:s==="assessment"?v`<mirror-assessment
          .i18n=${e}
          .assessment=${this.assessment??{}}
          .focused=${r}
        ></mirror-assessment>`:this.personalWidget(`mirror-${s}`,r)})}personalWidget(e,t=!1){let s=this.session.session?.id;if(!s)return k;let r=this.i18n,a=t?"focused":"";return ol(`${e}:${s}`,e==="mirror-evolution"?v`<mirror-evolution
            id="evolution"
            class=${a}
            data-widget="evolution"
            .i18n=${r}
            .hass=${this.hass}
            .entryId=${this.entryId}
            .sessionId=${s}
          ></mirror-evolution>`:e==="mirror-diary"?v`<mirror-diary
              id="diary"
              class=${a}
              data-widget="diary"
              .i18n=${r}
              .hass=${this.hass}
              .entryId=${this.entryId}
              .sessionId=${s}
            ></mirror-diary>`:v`<mirror-calibration
              id="calibration"
              .i18n=${r}
              .hass=${this.hass}
              .entryId=${this.entryId}
              .sessionId=${s}
            ></mirror-calibration>`)}static{this.styles=[J`
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
      /* the right-hand widgets (their place and size: layout.ts) */
      .widgets {
        position: absolute;
        overflow-y: auto;
        display: flex;
        flex-direction: column;
        gap: 16px;
      }
      /* the focus ring: what "next", "previous" and "toggle" act on */
      .widgets .focused {
        outline: 4px solid #7cfc9a;
        outline-offset: -4px;
        box-shadow: 0 0 24px rgba(124, 252, 154, 0.45);
      }
    `,...[An,yn,bn,vn,Sn,En,fi,kn,gn,On,Nn,Pn,zn,wn,$n].map(e=>e.partStyles),_l]}};function cu(n){let i;for(let e=n;e&&!(e===document.body||e===document.documentElement||e===document);e=e instanceof ShadowRoot?e.host:e.parentNode)e instanceof Element&&(i=e);return i}function lr(){try{return window.localStorage}catch{return}}function Rs(n){n?.().catch(()=>{})}q("smart-mirror-panel",ar);export{ar as SmartMirrorPanel};
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
lit-html/directive.js:
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

lit-html/directive-helpers.js:
  (**
   * @license
   * Copyright 2020 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/directives/keyed.js:
  (**
   * @license
   * Copyright 2021 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
