var Yn=globalThis,Zn=Yn.ShadowRoot&&(Yn.ShadyCSS===void 0||Yn.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,io=Symbol(),Dr=new WeakMap,cn=class{constructor(i,e,t){if(this._$cssResult$=!0,t!==io)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=i,this.t=e}get styleSheet(){let i=this.o,e=this.t;if(Zn&&i===void 0){let t=e!==void 0&&e.length===1;t&&(i=Dr.get(e)),i===void 0&&((this.o=i=new CSSStyleSheet).replaceSync(this.cssText),t&&Dr.set(e,i))}return i}toString(){return this.cssText}},Jn=n=>new cn(typeof n=="string"?n:n+"",void 0,io),Q=(n,...i)=>{let e=n.length===1?n[0]:i.reduce((t,s,r)=>t+(a=>{if(a._$cssResult$===!0)return a.cssText;if(typeof a=="number")return a;throw Error("Value passed to 'css' function must be a 'css' function result: "+a+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+n[r+1],n[0]);return new cn(e,n,io)},Nr=(n,i)=>{if(Zn)n.adoptedStyleSheets=i.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of i){let t=document.createElement("style"),s=Yn.litNonce;s!==void 0&&t.setAttribute("nonce",s),t.textContent=e.cssText,n.appendChild(t)}},no=Zn?n=>n:n=>n instanceof CSSStyleSheet?(i=>{let e="";for(let t of i.cssRules)e+=t.cssText;return Jn(e)})(n):n;var{is:$c,defineProperty:xc,getOwnPropertyDescriptor:Sc,getOwnPropertyNames:Ec,getOwnPropertySymbols:kc,getPrototypeOf:Ac}=Object,Qn=globalThis,zr=Qn.trustedTypes,Tc=zr?zr.emptyScript:"",Pc=Qn.reactiveElementPolyfillSupport,dn=(n,i)=>n,so={toAttribute(n,i){switch(i){case Boolean:n=n?Tc:null;break;case Object:case Array:n=n==null?n:JSON.stringify(n)}return n},fromAttribute(n,i){let e=n;switch(i){case Boolean:e=n!==null;break;case Number:e=n===null?null:Number(n);break;case Object:case Array:try{e=JSON.parse(n)}catch{e=null}}return e}},Hr=(n,i)=>!$c(n,i),Or={attribute:!0,type:String,converter:so,reflect:!1,useDefault:!1,hasChanged:Hr};Symbol.metadata??=Symbol("metadata"),Qn.litPropertyMetadata??=new WeakMap;var Ot=class extends HTMLElement{static addInitializer(i){this._$Ei(),(this.l??=[]).push(i)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(i,e=Or){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(i)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(i,e),!e.noAccessor){let t=Symbol(),s=this.getPropertyDescriptor(i,t,e);s!==void 0&&xc(this.prototype,i,s)}}static getPropertyDescriptor(i,e,t){let{get:s,set:r}=Sc(this.prototype,i)??{get(){return this[e]},set(a){this[e]=a}};return{get:s,set(a){let u=s?.call(this);r?.call(this,a),this.requestUpdate(i,u,t)},configurable:!0,enumerable:!0}}static getPropertyOptions(i){return this.elementProperties.get(i)??Or}static _$Ei(){if(this.hasOwnProperty(dn("elementProperties")))return;let i=Ac(this);i.finalize(),i.l!==void 0&&(this.l=[...i.l]),this.elementProperties=new Map(i.elementProperties)}static finalize(){if(this.hasOwnProperty(dn("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(dn("properties"))){let e=this.properties,t=[...Ec(e),...kc(e)];for(let s of t)this.createProperty(s,e[s])}let i=this[Symbol.metadata];if(i!==null){let e=litPropertyMetadata.get(i);if(e!==void 0)for(let[t,s]of e)this.elementProperties.set(t,s)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let s=this._$Eu(e,t);s!==void 0&&this._$Eh.set(s,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(i){let e=[];if(Array.isArray(i)){let t=new Set(i.flat(1/0).reverse());for(let s of t)e.unshift(no(s))}else i!==void 0&&e.push(no(i));return e}static _$Eu(i,e){let t=e.attribute;return t===!1?void 0:typeof t=="string"?t:typeof i=="string"?i.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(i=>this.enableUpdating=i),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(i=>i(this))}addController(i){(this._$EO??=new Set).add(i),this.renderRoot!==void 0&&this.isConnected&&i.hostConnected?.()}removeController(i){this._$EO?.delete(i)}_$E_(){let i=new Map,e=this.constructor.elementProperties;for(let t of e.keys())this.hasOwnProperty(t)&&(i.set(t,this[t]),delete this[t]);i.size>0&&(this._$Ep=i)}createRenderRoot(){let i=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Nr(i,this.constructor.elementStyles),i}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(i=>i.hostConnected?.())}enableUpdating(i){}disconnectedCallback(){this._$EO?.forEach(i=>i.hostDisconnected?.())}attributeChangedCallback(i,e,t){this._$AK(i,t)}_$ET(i,e){let t=this.constructor.elementProperties.get(i),s=this.constructor._$Eu(i,t);if(s!==void 0&&t.reflect===!0){let r=(t.converter?.toAttribute!==void 0?t.converter:so).toAttribute(e,t.type);this._$Em=i,r==null?this.removeAttribute(s):this.setAttribute(s,r),this._$Em=null}}_$AK(i,e){let t=this.constructor,s=t._$Eh.get(i);if(s!==void 0&&this._$Em!==s){let r=t.getPropertyOptions(s),a=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:so;this._$Em=s;let u=a.fromAttribute(e,r.type);this[s]=u??this._$Ej?.get(s)??u,this._$Em=null}}requestUpdate(i,e,t,s=!1,r){if(i!==void 0){let a=this.constructor;if(s===!1&&(r=this[i]),t??=a.getPropertyOptions(i),!((t.hasChanged??Hr)(r,e)||t.useDefault&&t.reflect&&r===this._$Ej?.get(i)&&!this.hasAttribute(a._$Eu(i,t))))return;this.C(i,e,t)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(i,e,{useDefault:t,reflect:s,wrapped:r},a){t&&!(this._$Ej??=new Map).has(i)&&(this._$Ej.set(i,a??e??this[i]),r!==!0||a!==void 0)||(this._$AL.has(i)||(this.hasUpdated||t||(e=void 0),this._$AL.set(i,e)),s===!0&&this._$Em!==i&&(this._$Eq??=new Set).add(i))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let i=this.scheduleUpdate();return i!=null&&await i,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[s,r]of this._$Ep)this[s]=r;this._$Ep=void 0}let t=this.constructor.elementProperties;if(t.size>0)for(let[s,r]of t){let{wrapped:a}=r,u=this[s];a!==!0||this._$AL.has(s)||u===void 0||this.C(s,void 0,r,u)}}let i=!1,e=this._$AL;try{i=this.shouldUpdate(e),i?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(t){throw i=!1,this._$EM(),t}i&&this._$AE(e)}willUpdate(i){}_$AE(i){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(i)),this.updated(i)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(i){return!0}update(i){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(i){}firstUpdated(i){}};Ot.elementStyles=[],Ot.shadowRootOptions={mode:"open"},Ot[dn("elementProperties")]=new Map,Ot[dn("finalized")]=new Map,Pc?.({ReactiveElement:Ot}),(Qn.reactiveElementVersions??=[]).push("2.1.2");var ro=globalThis,Fr=n=>n,Xn=ro.trustedTypes,Vr=Xn?Xn.createPolicy("lit-html",{createHTML:n=>n}):void 0,lo="$lit$",Ht=`lit$${Math.random().toFixed(9).slice(2)}$`,ao="?"+Ht,Mc=`<${ao}>`,di=document,pn=()=>di.createComment(""),hn=n=>n===null||typeof n!="object"&&typeof n!="function",co=Array.isArray,Gr=n=>co(n)||typeof n?.[Symbol.iterator]=="function",oo=`[ 	
\f\r]`,un=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Ur=/-->/g,Wr=/>/g,ai=RegExp(`>|${oo}(?:([^\\s"'>=/]+)(${oo}*=${oo}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Br=/'/g,qr=/"/g,Kr=/^(?:script|style|textarea|title)$/i,uo=n=>(i,...e)=>({_$litType$:n,strings:i,values:e}),v=uo(1),ip=uo(2),np=uo(3),ui=Symbol.for("lit-noChange"),S=Symbol.for("lit-nothing"),jr=new WeakMap,ci=di.createTreeWalker(di,129);function Yr(n,i){if(!co(n)||!n.hasOwnProperty("raw"))throw Error("invalid template strings array");return Vr!==void 0?Vr.createHTML(i):i}var Zr=(n,i)=>{let e=n.length-1,t=[],s,r=i===2?"<svg>":i===3?"<math>":"",a=un;for(let u=0;u<e;u++){let p=n[u],f,_,m=-1,y=0;for(;y<p.length&&(a.lastIndex=y,_=a.exec(p),_!==null);)y=a.lastIndex,a===un?_[1]==="!--"?a=Ur:_[1]!==void 0?a=Wr:_[2]!==void 0?(Kr.test(_[2])&&(s=RegExp("</"+_[2],"g")),a=ai):_[3]!==void 0&&(a=ai):a===ai?_[0]===">"?(a=s??un,m=-1):_[1]===void 0?m=-2:(m=a.lastIndex-_[2].length,f=_[1],a=_[3]===void 0?ai:_[3]==='"'?qr:Br):a===qr||a===Br?a=ai:a===Ur||a===Wr?a=un:(a=ai,s=void 0);let T=a===ai&&n[u+1].startsWith("/>")?" ":"";r+=a===un?p+Mc:m>=0?(t.push(f),p.slice(0,m)+lo+p.slice(m)+Ht+T):p+Ht+(m===-2?u:T)}return[Yr(n,r+(n[e]||"<?>")+(i===2?"</svg>":i===3?"</math>":"")),t]},fn=class n{constructor({strings:i,_$litType$:e},t){let s;this.parts=[];let r=0,a=0,u=i.length-1,p=this.parts,[f,_]=Zr(i,e);if(this.el=n.createElement(f,t),ci.currentNode=this.el.content,e===2||e===3){let m=this.el.content.firstChild;m.replaceWith(...m.childNodes)}for(;(s=ci.nextNode())!==null&&p.length<u;){if(s.nodeType===1){if(s.hasAttributes())for(let m of s.getAttributeNames())if(m.endsWith(lo)){let y=_[a++],T=s.getAttribute(m).split(Ht),M=/([.?@])?(.*)/.exec(y);p.push({type:1,index:r,name:M[2],strings:T,ctor:M[1]==="."?ts:M[1]==="?"?is:M[1]==="@"?ns:hi}),s.removeAttribute(m)}else m.startsWith(Ht)&&(p.push({type:6,index:r}),s.removeAttribute(m));if(Kr.test(s.tagName)){let m=s.textContent.split(Ht),y=m.length-1;if(y>0){s.textContent=Xn?Xn.emptyScript:"";for(let T=0;T<y;T++)s.append(m[T],pn()),ci.nextNode(),p.push({type:2,index:++r});s.append(m[y],pn())}}}else if(s.nodeType===8)if(s.data===ao)p.push({type:2,index:r});else{let m=-1;for(;(m=s.data.indexOf(Ht,m+1))!==-1;)p.push({type:7,index:r}),m+=Ht.length-1}r++}}static createElement(i,e){let t=di.createElement("template");return t.innerHTML=i,t}};function pi(n,i,e=n,t){if(i===ui)return i;let s=t!==void 0?e._$Co?.[t]:e._$Cl,r=hn(i)?void 0:i._$litDirective$;return s?.constructor!==r&&(s?._$AO?.(!1),r===void 0?s=void 0:(s=new r(n),s._$AT(n,e,t)),t!==void 0?(e._$Co??=[])[t]=s:e._$Cl=s),s!==void 0&&(i=pi(n,s._$AS(n,i.values),s,t)),i}var es=class{constructor(i,e){this._$AV=[],this._$AN=void 0,this._$AD=i,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(i){let{el:{content:e},parts:t}=this._$AD,s=(i?.creationScope??di).importNode(e,!0);ci.currentNode=s;let r=ci.nextNode(),a=0,u=0,p=t[0];for(;p!==void 0;){if(a===p.index){let f;p.type===2?f=new Fi(r,r.nextSibling,this,i):p.type===1?f=new p.ctor(r,p.name,p.strings,this,i):p.type===6&&(f=new ss(r,this,i)),this._$AV.push(f),p=t[++u]}a!==p?.index&&(r=ci.nextNode(),a++)}return ci.currentNode=di,s}p(i){let e=0;for(let t of this._$AV)t!==void 0&&(t.strings!==void 0?(t._$AI(i,t,e),e+=t.strings.length-2):t._$AI(i[e])),e++}},Fi=class n{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(i,e,t,s){this.type=2,this._$AH=S,this._$AN=void 0,this._$AA=i,this._$AB=e,this._$AM=t,this.options=s,this._$Cv=s?.isConnected??!0}get parentNode(){let i=this._$AA.parentNode,e=this._$AM;return e!==void 0&&i?.nodeType===11&&(i=e.parentNode),i}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(i,e=this){i=pi(this,i,e),hn(i)?i===S||i==null||i===""?(this._$AH!==S&&this._$AR(),this._$AH=S):i!==this._$AH&&i!==ui&&this._(i):i._$litType$!==void 0?this.$(i):i.nodeType!==void 0?this.T(i):Gr(i)?this.k(i):this._(i)}O(i){return this._$AA.parentNode.insertBefore(i,this._$AB)}T(i){this._$AH!==i&&(this._$AR(),this._$AH=this.O(i))}_(i){this._$AH!==S&&hn(this._$AH)?this._$AA.nextSibling.data=i:this.T(di.createTextNode(i)),this._$AH=i}$(i){let{values:e,_$litType$:t}=i,s=typeof t=="number"?this._$AC(i):(t.el===void 0&&(t.el=fn.createElement(Yr(t.h,t.h[0]),this.options)),t);if(this._$AH?._$AD===s)this._$AH.p(e);else{let r=new es(s,this),a=r.u(this.options);r.p(e),this.T(a),this._$AH=r}}_$AC(i){let e=jr.get(i.strings);return e===void 0&&jr.set(i.strings,e=new fn(i)),e}k(i){co(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,t,s=0;for(let r of i)s===e.length?e.push(t=new n(this.O(pn()),this.O(pn()),this,this.options)):t=e[s],t._$AI(r),s++;s<e.length&&(this._$AR(t&&t._$AB.nextSibling,s),e.length=s)}_$AR(i=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);i!==this._$AB;){let t=Fr(i).nextSibling;Fr(i).remove(),i=t}}setConnected(i){this._$AM===void 0&&(this._$Cv=i,this._$AP?.(i))}},hi=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(i,e,t,s,r){this.type=1,this._$AH=S,this._$AN=void 0,this.element=i,this.name=e,this._$AM=s,this.options=r,t.length>2||t[0]!==""||t[1]!==""?(this._$AH=Array(t.length-1).fill(new String),this.strings=t):this._$AH=S}_$AI(i,e=this,t,s){let r=this.strings,a=!1;if(r===void 0)i=pi(this,i,e,0),a=!hn(i)||i!==this._$AH&&i!==ui,a&&(this._$AH=i);else{let u=i,p,f;for(i=r[0],p=0;p<r.length-1;p++)f=pi(this,u[t+p],e,p),f===ui&&(f=this._$AH[p]),a||=!hn(f)||f!==this._$AH[p],f===S?i=S:i!==S&&(i+=(f??"")+r[p+1]),this._$AH[p]=f}a&&!s&&this.j(i)}j(i){i===S?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,i??"")}},ts=class extends hi{constructor(){super(...arguments),this.type=3}j(i){this.element[this.name]=i===S?void 0:i}},is=class extends hi{constructor(){super(...arguments),this.type=4}j(i){this.element.toggleAttribute(this.name,!!i&&i!==S)}},ns=class extends hi{constructor(i,e,t,s,r){super(i,e,t,s,r),this.type=5}_$AI(i,e=this){if((i=pi(this,i,e,0)??S)===ui)return;let t=this._$AH,s=i===S&&t!==S||i.capture!==t.capture||i.once!==t.once||i.passive!==t.passive,r=i!==S&&(t===S||s);s&&this.element.removeEventListener(this.name,this,t),r&&this.element.addEventListener(this.name,this,i),this._$AH=i}handleEvent(i){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,i):this._$AH.handleEvent(i)}},ss=class{constructor(i,e,t){this.element=i,this.type=6,this._$AN=void 0,this._$AM=e,this.options=t}get _$AU(){return this._$AM._$AU}_$AI(i){pi(this,i)}},Jr={M:lo,P:Ht,A:ao,C:1,L:Zr,R:es,D:Gr,V:pi,I:Fi,H:hi,N:is,U:ns,B:ts,F:ss},Cc=ro.litHtmlPolyfillSupport;Cc?.(fn,Fi),(ro.litHtmlVersions??=[]).push("3.3.3");var Qr=(n,i,e)=>{let t=e?.renderBefore??i,s=t._$litPart$;if(s===void 0){let r=e?.renderBefore??null;t._$litPart$=s=new Fi(i.insertBefore(pn(),r),r,void 0,e??{})}return s._$AI(n),s};var po=globalThis,tt=class extends Ot{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let i=super.createRenderRoot();return this.renderOptions.renderBefore??=i.firstChild,i}update(i){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(i),this._$Do=Qr(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return ui}};tt._$litElement$=!0,tt.finalized=!0,po.litElementHydrateSupport?.({LitElement:tt});var Ic=po.litElementPolyfillSupport;Ic?.({LitElement:tt});(po.litElementVersions??=[]).push("4.2.2");var Xr=n=>(...i)=>({_$litDirective$:n,values:i}),os=class{constructor(i){}get _$AU(){return this._$AM._$AU}_$AT(i,e,t){this._$Ct=i,this._$AM=e,this._$Ci=t}_$AS(i,e){return this.update(i,e)}update(i,e){return this.render(...e)}};var{I:yp}=Jr;var Lc={},el=(n,i=Lc)=>n._$AH=i;var tl=Xr(class extends os{constructor(){super(...arguments),this.key=S}render(n,i){return this.key=n,i}update(n,[i,e]){return i!==this.key&&(el(n),this.key=i),e}});var rs=["angry","disgust","fear","happy","sad","surprise","neutral"],ls=["public","personal","assessment","evolution","diary","settings"];var ho={show_widget:{inEngine:!0,argument:"widget"},hide_widget:{inEngine:!0,argument:"widget"},capture:{inEngine:!0,argument:null},logout:{inEngine:!0,argument:null},not_me:{inEngine:!0,argument:null},next_widget:{inEngine:!1,argument:null},previous_widget:{inEngine:!1,argument:null},toggle_focused:{inEngine:!1,argument:null},zoom:{inEngine:!1,argument:"direction"},open_calibration:{inEngine:!1,argument:null}},as={match_distance:{minimum:.3,maximum:.64,step:.01,unit:""},reverify_interval:{minimum:1,maximum:60,step:1,unit:"s"},leave_timeout:{minimum:1,maximum:300,step:1,unit:"s"}};var il={controls:{zoom_in:"Zoom in",zoom_out:"Zoom out",zoom_reset:"Reset",capture:"Capture",settings:"Settings",calibration:"Expression calibration",voice:"Talk to Home Assistant (Assist)",people:"People"},session:{hello:"Hello, {name}",not_me:"Not me",hello_guest:"Hello!",enrol_me:"Enrol me",choose_face:"Who are you? Tap your face.",face:"Face {number}",pin_prompt:"{name}? Enter your PIN",pin_ok:"OK",pin_back:"Delete",login_failed:"Login failed",chooser_label:"Choose who you are",pin_label:"PIN entry",pin_cancel:"Cancel"},enrolment:{who:"Who are you?",not_now:"Not now",stand_still:"Stand still and look at the mirror, {name}",welcome:"Welcome, {name}!",failed:"Enrolment failed",try_again:"Try again",hint:{look:"look at the mirror and hold still",one_face:"only one face in view, please",no_face:"no face in view",closer:"come closer, face the mirror and hold still",same_person:"a different face: the same person, please",hold_still:"hold still",done:"done",timeout:"Not {needed} good pictures of the face within {seconds} s"}},people:{title:"People",close:"Close",new_name:"Name of a new person",add:"Add person",loading:"Loading\u2026",nobody_yet:"Nobody is enrolled yet. Add a person, then their face.",added:"{name} added: now add their face from the mirror or from a photo.",renamed:"Renamed: {name}",saved:"Saved.",faces:{one:"{count} face",other:"{count} faces"},calendar_count:{one:"{count} calendar",other:"{count} calendars"},pin_set:"PIN set",pin_not_set:"No PIN",linked:"Home Assistant: {person}",not_linked:"not linked to Home Assistant",face_of:"{name}'s face",name:"Name",rename:"Rename",add_faces:"Add faces",from_mirror:"From the mirror",from_photo:"From a photo",set_pin:"Set a PIN",change_pin:"Change the PIN",clear_pin:"Remove the PIN",ha_person:"Home Assistant person",nobody:"nobody",calendars:"Calendars shown in their session",no_calendars:"Home Assistant has no calendars.",forget_ellipsis:"Forget\u2026",forget:"Forget",forget_question:"Forget {name} everywhere? Their faces, PIN, history, diary and photos are deleted.",cancel:"Cancel",forgotten:"{name} is forgotten.",live_done:"{name}'s face is enrolled.",photo_added:{one:"{count} face added from the photo.",other:"{count} faces added from the photo."},pin_new:"New PIN for {name}",pin_again:"{name}'s new PIN once more",pin_mismatch:"The two PINs differ. Enter the new PIN again.",pin_saved:"PIN saved.",pin_cleared:"PIN removed."},first_run:{title:"Nobody is enrolled yet",admin:"Add the household in People, and the mirror greets each of them.",open_people:"Open People",ask_admin:"Ask a Home Assistant admin to add the household to the mirror."},confirm:{question:"Did you mean: {command}?",yes:"Yes",no:"No",hint:"or give a thumbs-up",countdown:"{seconds} s",expired:"That question had already been answered or expired."},modality:{voice:"heard by voice, {sure} sure",gesture:"seen as a gesture, {sure} sure",touch:"by touch, {sure} sure"},via:{gesture:"thumbs-up",voice:"voice",touch:"touch"},outcome:{confirmed:"\u2713 confirmed by {via}",corrected:"\u2713 corrected by {via}: {command}",rejected:"\u2717 cancelled by {via}"},command:{show_widget:"show the {widget}",hide_widget:"hide the {widget}",capture:"take a picture",logout:"log out",not_me:"that is not me",next_widget:"next widget",previous_widget:"previous widget",toggle_focused:"hide or show the selected widget",zoom_in:"zoom in",zoom_out:"zoom out",zoom_reset:"reset the zoom",open_calibration:"start the expression calibration",none:"nothing",any_widget:"widget"},widget:{public:"clock and weather",personal:"calendar and mail",assessment:"age and mood",evolution:"evolution chart",diary:"diary",settings:"settings button"},gesture:{swipe_left:"swipe left",swipe_right:"swipe right",open_hand:"open hand",thumbs_up:"thumbs-up"},notice:{calibration_needs_person:"Expression calibration is for someone the mirror knows: look at it first.",nothing_focused:"Nothing selected: swipe to a widget first.",held:"{widget} hidden \xB7 toggle again or tap to show"},info:{weather:"{temperature} \xB7 {condition}",air_index:"Air index {aqi}",air_readings:"Air {readings}",unread:"\u2709 {count} unread"},weather:{"clear-night":"clear night",cloudy:"cloudy",exceptional:"exceptional",fog:"fog",hail:"hail",lightning:"lightning","lightning-rainy":"lightning and rain",partlycloudy:"partly cloudy",pouring:"pouring",rainy:"rainy",snowy:"snowy","snowy-rainy":"snow and rain",sunny:"sunny",windy:"windy","windy-variant":"windy and cloudy"},assessment:{age:"Age {age} \xB7 {emotion}",live:"Live {share}"},emotion:{angry:"angry",disgust:"disgust",fear:"fear",happy:"happy",sad:"sad",surprise:"surprise",neutral:"neutral"},evolution:{title:{one:"Evolution \xB7 {days} day",other:"Evolution \xB7 {days} days"},age:"age",happy:"happy %",day:"day"},diary:{title:"Diary",mood:{good_day:"A good day",tired:"Tired",grateful:"Grateful",busy:"Busy"}},settings:{title:"Settings",setting:"{label}: {value}",match_distance:"recognition distance (lower: stricter)",reverify_interval:"re-verify every",leave_timeout:"end a session after",seconds:"{value} s"},admin:{title:"ML tier",error:"ML tier: {error}",samples:"Samples: {samples}",none:"none yet",not_me:{one:"\u201CNot me\u201D: {count} face the mirror took for someone else",other:"\u201CNot me\u201D: {count} faces the mirror took for someone else"},kind:{confirmed:"confirmed faces",corrected:"corrected faces",not_me:"\u201Cnot me\u201D",expression:"expressions",touch_command:"touch answers",voice_command:"voice answers",gesture_command:"gesture answers"},model:"model",version:"version",accuracy:"accuracy",in_use:"in use",retrain:"Retrain"},calibration:{title:"Expression calibration",train:"Train",accuracy:"accuracy",precision:"precision",recall:"recall",f1:"F1"},voice:{title:"Assist",placeholder:"Ask Home Assistant\u2026",send:"Send",hold_to_talk:"Hold to talk",no_stt:"No speech-to-text engine configured in Home Assistant; type instead.",no_pipeline:"No Assist pipeline in Home Assistant.",unavailable:"Assist is not available in Home Assistant ({error}).",no_microphone:"The microphone is not available: {error}",listening:"Listening\u2026 (release, or tap again, when done)",failed:"Assist failed"},error:{bad_json:"The request was not valid JSON.",too_deep:"The request was nested too deeply.",too_large:"The request was too large.",bad_upload:"The upload was not valid.",bad_name:"That name cannot be used.",bad_ha_person:"That Home Assistant person does not exist.",bad_person:"That person is not valid.",bad_pin:"A PIN is 4 to 8 digits.",bad_login:"The login request was not valid.",bad_face:"That face is not in view.",bad_frames:"The number of frames is not valid.",bad_days:"The number of days is not valid.",bad_number:"That number is out of range.",bad_text:"The text must be 1 to 4000 characters.",bad_kind:"That model kind is not known.",bad_label:"That expression is not known.",bad_command:"That command is not known.",bad_answer:"That answer is not valid.",bad_settings:"Those settings are not valid.",bad_toggles:"Those widgets are not known.",unauthorized:"You are not allowed to do that.",too_many_attempts:"Too many attempts. Try again later.",not_owner:"That belongs to someone else.",unknown_person:"The mirror does not know that person.",unknown_capture:"That picture no longer exists.",no_session:"Nobody is logged in to the mirror.",no_choice:"There is nothing to choose now.",no_enrolment:"No enrolment is running.",no_previous:"There is no previous model to go back to.",no_frame:"The camera has no picture yet.",camera_lost:"The camera is not available.",recognition_off:"Face recognition is switched off.",gone:"That is no longer there.",no_pin:"This person has no PIN yet.",wrong_pin:"Wrong PIN",locked:"Too many wrong PINs. Try again in a few minutes.",login_refused:"The login was refused.",name_taken:"That name is already taken.",not_an_image:"That file is not an image.",no_image:"No image was sent.",image_too_large:"The image is too large.",no_face:"No face was found.",several_faces:"More than one face was found.",low_quality:"The picture of the face is not good enough.",matches_other:"That face looks like someone already enrolled.",busy:"The mirror is busy. Try again in a moment.",not_enough:"Not enough data yet.",not_enough_frames:"Not enough expression frames yet.",not_found:"That was not found.",invalid_format:"The request was not valid."}};var nl={controls:{zoom_in:"\uD655\uB300",zoom_out:"\uCD95\uC18C",zoom_reset:"\uC6D0\uB798 \uD06C\uAE30",capture:"\uC0AC\uC9C4 \uCC0D\uAE30",settings:"\uC124\uC815",calibration:"\uD45C\uC815 \uBCF4\uC815",voice:"Home Assistant\uC5D0\uAC8C \uB9D0\uD558\uAE30 (Assist)",people:"\uC0AC\uB78C \uAD00\uB9AC"},session:{hello:"{name}\uB2D8, \uC548\uB155\uD558\uC138\uC694",not_me:"\uC81C\uAC00 \uC544\uB2C8\uC5D0\uC694",hello_guest:"\uC548\uB155\uD558\uC138\uC694!",enrol_me:"\uC5BC\uAD74 \uB4F1\uB85D\uD558\uAE30",choose_face:"\uB204\uAD6C\uC138\uC694? \uBCF8\uC778 \uC5BC\uAD74\uC744 \uB20C\uB7EC \uC8FC\uC138\uC694.",face:"\uC5BC\uAD74 {number}",pin_prompt:"{name}\uB2D8\uC778\uAC00\uC694? PIN\uC744 \uC785\uB825\uD558\uC138\uC694",pin_ok:"\uD655\uC778",pin_back:"\uC9C0\uC6B0\uAE30",login_failed:"\uB85C\uADF8\uC778\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4",chooser_label:"\uC0AC\uB78C \uC120\uD0DD",pin_label:"PIN \uC785\uB825",pin_cancel:"\uCDE8\uC18C"},enrolment:{who:"\uB204\uAD6C\uC138\uC694?",not_now:"\uB2E4\uC74C\uC5D0 \uD560\uAC8C\uC694",stand_still:"{name}\uB2D8, \uC6C0\uC9C1\uC774\uC9C0 \uB9D0\uACE0 \uAC70\uC6B8\uC744 \uBC14\uB77C\uBD10 \uC8FC\uC138\uC694",welcome:"{name}\uB2D8, \uD658\uC601\uD569\uB2C8\uB2E4!",failed:"\uB4F1\uB85D\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4",try_again:"\uB2E4\uC2DC \uC2DC\uB3C4",hint:{look:"\uAC70\uC6B8\uC744 \uBC14\uB77C\uBCF4\uACE0 \uC6C0\uC9C1\uC774\uC9C0 \uB9C8\uC138\uC694",one_face:"\uD55C \uC0AC\uB78C\uB9CC \uD654\uBA74\uC5D0 \uB098\uC624\uAC8C \uD574 \uC8FC\uC138\uC694",no_face:"\uC5BC\uAD74\uC774 \uBCF4\uC774\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",closer:"\uC870\uAE08 \uB354 \uAC00\uAE4C\uC774 \uC640\uC11C \uAC70\uC6B8\uC744 \uC815\uBA74\uC73C\uB85C \uBCF4\uACE0 \uC6C0\uC9C1\uC774\uC9C0 \uB9C8\uC138\uC694",same_person:"\uB2E4\uB978 \uC5BC\uAD74\uC774 \uBCF4\uC785\uB2C8\uB2E4. \uAC19\uC740 \uC0AC\uB78C\uB9CC \uB098\uC624\uAC8C \uD574 \uC8FC\uC138\uC694",hold_still:"\uC6C0\uC9C1\uC774\uC9C0 \uB9C8\uC138\uC694",done:"\uC644\uB8CC",timeout:"{seconds}\uCD08 \uC548\uC5D0 \uC4F8 \uB9CC\uD55C \uC5BC\uAD74 \uC0AC\uC9C4 {needed}\uC7A5\uC744 \uBAA8\uC73C\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4"}},people:{title:"\uC0AC\uB78C \uAD00\uB9AC",close:"\uB2EB\uAE30",new_name:"\uC0C8\uB85C \uB4F1\uB85D\uD560 \uC0AC\uB78C \uC774\uB984",add:"\uC0AC\uB78C \uCD94\uAC00",loading:"\uBD88\uB7EC\uC624\uB294 \uC911\u2026",nobody_yet:"\uC544\uC9C1 \uB4F1\uB85D\uB41C \uC0AC\uB78C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uC0AC\uB78C\uC744 \uCD94\uAC00\uD55C \uB2E4\uC74C \uC5BC\uAD74\uC744 \uB4F1\uB85D\uD558\uC138\uC694.",added:"{name}\uB2D8\uC744 \uCD94\uAC00\uD588\uC2B5\uB2C8\uB2E4. \uC774\uC81C \uAC70\uC6B8\uC774\uB098 \uC0AC\uC9C4\uC73C\uB85C \uC5BC\uAD74\uC744 \uB4F1\uB85D\uD558\uC138\uC694.",renamed:"\uC774\uB984\uC744 \uBC14\uAFE8\uC2B5\uB2C8\uB2E4: {name}",saved:"\uC800\uC7A5\uD588\uC2B5\uB2C8\uB2E4.",faces:{one:"\uC5BC\uAD74 {count}\uAC1C",other:"\uC5BC\uAD74 {count}\uAC1C"},calendar_count:{one:"\uCE98\uB9B0\uB354 {count}\uAC1C",other:"\uCE98\uB9B0\uB354 {count}\uAC1C"},pin_set:"PIN \uC788\uC74C",pin_not_set:"PIN \uC5C6\uC74C",linked:"Home Assistant: {person}",not_linked:"Home Assistant \uAD6C\uC131\uC6D0\uACFC \uC5F0\uACB0 \uC548 \uB428",face_of:"{name}\uB2D8\uC758 \uC5BC\uAD74",name:"\uC774\uB984",rename:"\uC774\uB984 \uBC14\uAFB8\uAE30",add_faces:"\uC5BC\uAD74 \uCD94\uAC00",from_mirror:"\uAC70\uC6B8\uB85C",from_photo:"\uC0AC\uC9C4\uC73C\uB85C",set_pin:"PIN \uC124\uC815",change_pin:"PIN \uBCC0\uACBD",clear_pin:"PIN \uC0AD\uC81C",ha_person:"Home Assistant \uAD6C\uC131\uC6D0",nobody:"\uC5C6\uC74C",calendars:"\uBCF8\uC778 \uC138\uC158\uC5D0 \uBCF4\uC5EC \uC904 \uCE98\uB9B0\uB354",no_calendars:"Home Assistant\uC5D0 \uCE98\uB9B0\uB354\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.",forget_ellipsis:"\uC0AD\uC81C\u2026",forget:"\uC0AD\uC81C",forget_question:"{name}\uB2D8\uC744 \uBAA8\uB4E0 \uACF3\uC5D0\uC11C \uC0AD\uC81C\uD560\uAE4C\uC694? \uC5BC\uAD74, PIN, \uAE30\uB85D, \uC77C\uAE30\uC640 \uC0AC\uC9C4\uC774 \uBAA8\uB450 \uC9C0\uC6CC\uC9D1\uB2C8\uB2E4.",cancel:"\uCDE8\uC18C",forgotten:"{name}\uB2D8\uC744 \uC0AD\uC81C\uD588\uC2B5\uB2C8\uB2E4.",live_done:"{name}\uB2D8\uC758 \uC5BC\uAD74\uC744 \uB4F1\uB85D\uD588\uC2B5\uB2C8\uB2E4.",photo_added:{one:"\uC0AC\uC9C4\uC5D0\uC11C \uC5BC\uAD74 {count}\uAC1C\uB97C \uB4F1\uB85D\uD588\uC2B5\uB2C8\uB2E4.",other:"\uC0AC\uC9C4\uC5D0\uC11C \uC5BC\uAD74 {count}\uAC1C\uB97C \uB4F1\uB85D\uD588\uC2B5\uB2C8\uB2E4."},pin_new:"{name}\uB2D8\uC758 \uC0C8 PIN",pin_again:"{name}\uB2D8\uC758 \uC0C8 PIN\uC744 \uD55C \uBC88 \uB354 \uC785\uB825\uD558\uC138\uC694",pin_mismatch:"\uB450 PIN\uC774 \uB2E4\uB985\uB2C8\uB2E4. \uC0C8 PIN\uC744 \uB2E4\uC2DC \uC785\uB825\uD558\uC138\uC694.",pin_saved:"PIN\uC744 \uC800\uC7A5\uD588\uC2B5\uB2C8\uB2E4.",pin_cleared:"PIN\uC744 \uC0AD\uC81C\uD588\uC2B5\uB2C8\uB2E4."},first_run:{title:"\uC544\uC9C1 \uB4F1\uB85D\uB41C \uC0AC\uB78C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4",admin:"\uC0AC\uB78C \uAD00\uB9AC\uC5D0\uC11C \uAC00\uC871\uC744 \uCD94\uAC00\uD558\uBA74 \uAC70\uC6B8\uC774 \uD55C \uC0AC\uB78C\uC529 \uC54C\uC544\uBCF4\uACE0 \uC778\uC0AC\uD569\uB2C8\uB2E4.",open_people:"\uC0AC\uB78C \uAD00\uB9AC \uC5F4\uAE30",ask_admin:"Home Assistant \uAD00\uB9AC\uC790\uC5D0\uAC8C \uAC70\uC6B8\uC5D0 \uAC00\uC871\uC744 \uB4F1\uB85D\uD574 \uB2EC\uB77C\uACE0 \uD558\uC138\uC694."},confirm:{question:"\uC774 \uBA85\uB839\uC774 \uB9DE\uB098\uC694? {command}",yes:"\uC608",no:"\uC544\uB2C8\uC694",hint:"\uB610\uB294 \uC5C4\uC9C0\uB97C \uB4E4\uC5B4 \uC8FC\uC138\uC694",countdown:"{seconds}\uCD08",expired:"\uC774\uBBF8 \uB2F5\uD588\uAC70\uB098 \uC2DC\uAC04\uC774 \uC9C0\uB09C \uC9C8\uBB38\uC785\uB2C8\uB2E4."},modality:{voice:"\uC74C\uC131\uC73C\uB85C \uB4E4\uC74C, \uD655\uC2E0\uB3C4 {sure}",gesture:"\uC81C\uC2A4\uCC98\uB85C \uC778\uC2DD, \uD655\uC2E0\uB3C4 {sure}",touch:"\uD130\uCE58\uB85C \uC785\uB825, \uD655\uC2E0\uB3C4 {sure}"},via:{gesture:"\uC5C4\uC9C0 \uCC99",voice:"\uC74C\uC131",touch:"\uD130\uCE58"},outcome:{confirmed:"\u2713 \uD655\uC778\uB428 ({via})",corrected:"\u2713 \uC218\uC815\uB428 ({via}): {command}",rejected:"\u2717 \uCDE8\uC18C\uB428 ({via})"},command:{show_widget:"{widget} \uBCF4\uC774\uAE30",hide_widget:"{widget} \uC228\uAE30\uAE30",capture:"\uC0AC\uC9C4 \uCC0D\uAE30",logout:"\uB85C\uADF8\uC544\uC6C3",not_me:"\uC81C\uAC00 \uC544\uB2C8\uC5D0\uC694",next_widget:"\uB2E4\uC74C \uC704\uC82F",previous_widget:"\uC774\uC804 \uC704\uC82F",toggle_focused:"\uC120\uD0DD\uD55C \uC704\uC82F \uC228\uAE30\uAE30/\uBCF4\uC774\uAE30",zoom_in:"\uD655\uB300",zoom_out:"\uCD95\uC18C",zoom_reset:"\uC6D0\uB798 \uD06C\uAE30\uB85C",open_calibration:"\uD45C\uC815 \uBCF4\uC815 \uC2DC\uC791",none:"\uC544\uBB34\uAC83\uB3C4 \uD558\uC9C0 \uC54A\uC74C",any_widget:"\uC704\uC82F"},widget:{public:"\uC2DC\uACC4\uC640 \uB0A0\uC528",personal:"\uC77C\uC815\uACFC \uBA54\uC77C",assessment:"\uB098\uC774\uC640 \uAE30\uBD84",evolution:"\uBCC0\uD654 \uADF8\uB798\uD504",diary:"\uC77C\uAE30",settings:"\uC124\uC815 \uBC84\uD2BC"},gesture:{swipe_left:"\uC67C\uCABD\uC73C\uB85C \uBC00\uAE30",swipe_right:"\uC624\uB978\uCABD\uC73C\uB85C \uBC00\uAE30",open_hand:"\uC190\uBC14\uB2E5 \uD3B4\uAE30",thumbs_up:"\uC5C4\uC9C0 \uCC99"},notice:{calibration_needs_person:"\uD45C\uC815 \uBCF4\uC815\uC740 \uAC70\uC6B8\uC774 \uC54C\uC544\uBCF4\uB294 \uC0AC\uB78C\uB9CC \uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uBA3C\uC800 \uAC70\uC6B8\uC744 \uBC14\uB77C\uBD10 \uC8FC\uC138\uC694.",nothing_focused:"\uC120\uD0DD\uB41C \uC704\uC82F\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uBA3C\uC800 \uC190\uC744 \uBC00\uC5B4 \uC704\uC82F\uC744 \uC120\uD0DD\uD558\uC138\uC694.",held:"{widget} \uC228\uAE40 \xB7 \uB2E4\uC2DC \uC804\uD658\uD558\uAC70\uB098 \uB20C\uB7EC\uC11C \uBCF4\uC774\uAE30"},info:{weather:"{temperature} \xB7 {condition}",air_index:"\uB300\uAE30\uC9C8 \uC9C0\uC218 {aqi}",air_readings:"\uB300\uAE30\uC9C8 {readings}",unread:"\u2709 \uC77D\uC9C0 \uC54A\uC740 \uBA54\uC77C {count}\uD1B5"},weather:{"clear-night":"\uB9D1\uC740 \uBC24",cloudy:"\uD750\uB9BC",exceptional:"\uC774\uC0C1 \uAE30\uC0C1",fog:"\uC548\uAC1C",hail:"\uC6B0\uBC15",lightning:"\uBC88\uAC1C","lightning-rainy":"\uB1CC\uC6B0",partlycloudy:"\uAD6C\uB984 \uC870\uAE08",pouring:"\uD3ED\uC6B0",rainy:"\uBE44",snowy:"\uB208","snowy-rainy":"\uC9C4\uB208\uAE68\uBE44",sunny:"\uB9D1\uC74C",windy:"\uBC14\uB78C","windy-variant":"\uBC14\uB78C, \uAD6C\uB984"},assessment:{age:"\uB098\uC774 {age} \xB7 {emotion}",live:"\uC2E4\uC81C \uC0AC\uB78C {share}"},emotion:{angry:"\uD654\uB0A8",disgust:"\uD610\uC624",fear:"\uB450\uB824\uC6C0",happy:"\uD589\uBCF5",sad:"\uC2AC\uD514",surprise:"\uB180\uB78C",neutral:"\uBB34\uD45C\uC815"},evolution:{title:{one:"\uBCC0\uD654 \xB7 {days}\uC77C",other:"\uBCC0\uD654 \xB7 {days}\uC77C"},age:"\uB098\uC774",happy:"\uD589\uBCF5 %",day:"\uB0A0\uC9DC"},diary:{title:"\uC77C\uAE30",mood:{good_day:"\uC88B\uC740 \uD558\uB8E8",tired:"\uD53C\uACE4\uD574\uC694",grateful:"\uAC10\uC0AC\uD574\uC694",busy:"\uBC14\uBE60\uC694"}},settings:{title:"\uC124\uC815",setting:"{label}: {value}",match_distance:"\uC778\uC2DD \uAC70\uB9AC (\uB0AE\uC744\uC218\uB85D \uC5C4\uACA9)",reverify_interval:"\uB2E4\uC2DC \uD655\uC778\uD558\uB294 \uAC04\uACA9",leave_timeout:"\uC790\uB9AC\uB97C \uB5A0\uB09C \uB4A4 \uC138\uC158 \uC885\uB8CC\uAE4C\uC9C0",seconds:"{value}\uCD08"},admin:{title:"ML \uBAA8\uB378",error:"ML \uBAA8\uB378: {error}",samples:"\uC218\uC9D1\uD55C \uC0D8\uD50C: {samples}",none:"\uC544\uC9C1 \uC5C6\uC74C",not_me:{one:"\u201C\uC81C\uAC00 \uC544\uB2C8\uC5D0\uC694\u201D: \uB2E4\uB978 \uC0AC\uB78C\uC73C\uB85C \uC798\uBABB \uC54C\uC544\uBCF8 \uC5BC\uAD74 {count}\uAC1C",other:"\u201C\uC81C\uAC00 \uC544\uB2C8\uC5D0\uC694\u201D: \uB2E4\uB978 \uC0AC\uB78C\uC73C\uB85C \uC798\uBABB \uC54C\uC544\uBCF8 \uC5BC\uAD74 {count}\uAC1C"},kind:{confirmed:"\uD655\uC778\uB41C \uC5BC\uAD74",corrected:"\uBC14\uB85C\uC7A1\uC740 \uC5BC\uAD74",not_me:"\u201C\uC81C\uAC00 \uC544\uB2C8\uC5D0\uC694\u201D",expression:"\uD45C\uC815",touch_command:"\uD130\uCE58 \uB2F5\uBCC0",voice_command:"\uC74C\uC131 \uB2F5\uBCC0",gesture_command:"\uC81C\uC2A4\uCC98 \uB2F5\uBCC0"},model:"\uBAA8\uB378",version:"\uBC84\uC804",accuracy:"\uC815\uD655\uB3C4",in_use:"\uC0AC\uC6A9 \uC911",retrain:"\uB2E4\uC2DC \uD559\uC2B5"},calibration:{title:"\uD45C\uC815 \uBCF4\uC815",train:"\uD559\uC2B5",accuracy:"\uC815\uD655\uB3C4",precision:"\uC815\uBC00\uB3C4",recall:"\uC7AC\uD604\uC728",f1:"F1"},voice:{title:"\uC74C\uC131",placeholder:"Home Assistant\uC5D0\uAC8C \uBB3C\uC5B4\uBCF4\uC138\uC694\u2026",send:"\uBCF4\uB0B4\uAE30",hold_to_talk:"\uB204\uB978 \uCC44\uB85C \uB9D0\uD558\uAE30",no_stt:"Home Assistant\uC5D0 \uC74C\uC131 \uC778\uC2DD \uC5D4\uC9C4\uC774 \uC124\uC815\uB418\uC5B4 \uC788\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uB300\uC2E0 \uC785\uB825\uD574 \uC8FC\uC138\uC694.",no_pipeline:"Home Assistant\uC5D0 Assist \uD30C\uC774\uD504\uB77C\uC778\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",unavailable:"Home Assistant\uC5D0\uC11C Assist\uB97C \uC0AC\uC6A9\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4 ({error}).",no_microphone:"\uB9C8\uC774\uD06C\uB97C \uC0AC\uC6A9\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: {error}",listening:"\uB4E3\uB294 \uC911\u2026 (\uB2E4 \uB9D0\uD588\uC73C\uBA74 \uC190\uC744 \uB5BC\uAC70\uB098 \uD55C \uBC88 \uB354 \uB204\uB974\uC138\uC694)",failed:"Assist \uC2E4\uD589\uC5D0 \uC2E4\uD328\uD588\uC2B5\uB2C8\uB2E4"},error:{bad_json:"\uC694\uCCAD\uC774 \uC62C\uBC14\uB978 JSON\uC774 \uC544\uB2D9\uB2C8\uB2E4.",too_deep:"\uC694\uCCAD\uC758 \uAD6C\uC870\uAC00 \uB108\uBB34 \uAE4A\uC2B5\uB2C8\uB2E4.",too_large:"\uC694\uCCAD\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4.",bad_upload:"\uC62C\uBC14\uB974\uC9C0 \uC54A\uC740 \uC5C5\uB85C\uB4DC\uC785\uB2C8\uB2E4.",bad_name:"\uC0AC\uC6A9\uD560 \uC218 \uC5C6\uB294 \uC774\uB984\uC785\uB2C8\uB2E4.",bad_ha_person:"Home Assistant\uC5D0 \uC5C6\uB294 \uC0AC\uB78C\uC785\uB2C8\uB2E4.",bad_person:"\uC62C\uBC14\uB974\uC9C0 \uC54A\uC740 \uC0AC\uB78C\uC785\uB2C8\uB2E4.",bad_pin:"PIN\uC740 4~8\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",bad_login:"\uC62C\uBC14\uB974\uC9C0 \uC54A\uC740 \uB85C\uADF8\uC778 \uC694\uCCAD\uC785\uB2C8\uB2E4.",bad_face:"\uADF8 \uC5BC\uAD74\uC740 \uC9C0\uAE08 \uBCF4\uC774\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",bad_frames:"\uD504\uB808\uC784 \uC218\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",bad_days:"\uC77C\uC218\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",bad_number:"\uBC94\uC704\uB97C \uBC97\uC5B4\uB09C \uAC12\uC785\uB2C8\uB2E4.",bad_text:"\uAE00\uC740 1\uC790 \uC774\uC0C1 4000\uC790 \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4.",bad_kind:"\uC54C \uC218 \uC5C6\uB294 \uBAA8\uB378 \uC885\uB958\uC785\uB2C8\uB2E4.",bad_label:"\uC54C \uC218 \uC5C6\uB294 \uD45C\uC815\uC785\uB2C8\uB2E4.",bad_command:"\uC54C \uC218 \uC5C6\uB294 \uBA85\uB839\uC785\uB2C8\uB2E4.",bad_answer:"\uC62C\uBC14\uB974\uC9C0 \uC54A\uC740 \uB2F5\uC785\uB2C8\uB2E4.",bad_settings:"\uC62C\uBC14\uB974\uC9C0 \uC54A\uC740 \uC124\uC815\uC785\uB2C8\uB2E4.",bad_toggles:"\uC54C \uC218 \uC5C6\uB294 \uC704\uC82F\uC785\uB2C8\uB2E4.",unauthorized:"\uAD8C\uD55C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",too_many_attempts:"\uC2DC\uB3C4 \uD69F\uC218\uAC00 \uB108\uBB34 \uB9CE\uC2B5\uB2C8\uB2E4. \uB098\uC911\uC5D0 \uB2E4\uC2DC \uC2DC\uB3C4\uD558\uC138\uC694.",not_owner:"\uB2E4\uB978 \uC0AC\uB78C\uC758 \uAC83\uC785\uB2C8\uB2E4.",unknown_person:"\uAC70\uC6B8\uC774 \uBAA8\uB974\uB294 \uC0AC\uB78C\uC785\uB2C8\uB2E4.",unknown_capture:"\uC774\uBBF8 \uC5C6\uB294 \uC0AC\uC9C4\uC785\uB2C8\uB2E4.",no_session:"\uAC70\uC6B8\uC5D0 \uB85C\uADF8\uC778\uD55C \uC0AC\uB78C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",no_choice:"\uC9C0\uAE08\uC740 \uC120\uD0DD\uD560 \uAC83\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",no_enrolment:"\uC9C4\uD589 \uC911\uC778 \uB4F1\uB85D\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",no_previous:"\uB418\uB3CC\uB9B4 \uC774\uC804 \uBAA8\uB378\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",no_frame:"\uCE74\uBA54\uB77C \uC601\uC0C1\uC774 \uC544\uC9C1 \uC5C6\uC2B5\uB2C8\uB2E4.",camera_lost:"\uCE74\uBA54\uB77C\uB97C \uC0AC\uC6A9\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",recognition_off:"\uC5BC\uAD74 \uC778\uC2DD\uC774 \uAEBC\uC838 \uC788\uC2B5\uB2C8\uB2E4.",gone:"\uC774\uBBF8 \uC5C6\uC5B4\uC84C\uC2B5\uB2C8\uB2E4.",no_pin:"\uC544\uC9C1 PIN\uC774 \uC5C6\uB294 \uC0AC\uB78C\uC785\uB2C8\uB2E4.",wrong_pin:"PIN\uC774 \uD2C0\uB838\uC2B5\uB2C8\uB2E4",locked:"PIN\uC744 \uC5EC\uB7EC \uBC88 \uC798\uBABB \uC785\uB825\uD588\uC2B5\uB2C8\uB2E4. \uBA87 \uBD84 \uD6C4\uC5D0 \uB2E4\uC2DC \uC2DC\uB3C4\uD558\uC138\uC694.",login_refused:"\uB85C\uADF8\uC778\uC774 \uAC70\uBD80\uB418\uC5C8\uC2B5\uB2C8\uB2E4.",name_taken:"\uC774\uBBF8 \uC788\uB294 \uC774\uB984\uC785\uB2C8\uB2E4.",not_an_image:"\uC774\uBBF8\uC9C0 \uD30C\uC77C\uC774 \uC544\uB2D9\uB2C8\uB2E4.",no_image:"\uC774\uBBF8\uC9C0\uB97C \uBC1B\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4.",image_too_large:"\uC774\uBBF8\uC9C0\uAC00 \uB108\uBB34 \uD07D\uB2C8\uB2E4.",no_face:"\uC5BC\uAD74\uC744 \uCC3E\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4.",several_faces:"\uC5BC\uAD74\uC774 \uC5EC\uB7EC \uAC1C \uC788\uC2B5\uB2C8\uB2E4.",low_quality:"\uC5BC\uAD74 \uC0AC\uC9C4\uC758 \uD488\uC9C8\uC774 \uCDA9\uBD84\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",matches_other:"\uC774\uBBF8 \uB4F1\uB85D\uB41C \uC0AC\uB78C\uACFC \uB2EE\uC740 \uC5BC\uAD74\uC785\uB2C8\uB2E4.",busy:"\uAC70\uC6B8\uC774 \uB2E4\uB978 \uC77C\uC744 \uD558\uB294 \uC911\uC785\uB2C8\uB2E4. \uC7A0\uC2DC \uD6C4 \uB2E4\uC2DC \uC2DC\uB3C4\uD558\uC138\uC694.",not_enough:"\uC544\uC9C1 \uB370\uC774\uD130\uAC00 \uCDA9\uBD84\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",not_enough_frames:"\uC544\uC9C1 \uD45C\uC815 \uD504\uB808\uC784\uC774 \uCDA9\uBD84\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",not_found:"\uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",invalid_format:"\uC694\uCCAD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4."}};function fo(n,i=""){let e={};for(let[t,s]of Object.entries(n))typeof s=="string"?e[i+t]=s:Object.assign(e,fo(s,`${i}${t}.`));return e}var Vi={en:fo(il),ko:fo(nl)},Ip=Object.keys(Vi);function sl(n,i={}){return n.replace(/\{(\w+)\}/g,(e,t)=>t in i?String(i[t]):e)}function Nc(n,i){return n.split(/(\{\w+\})/).flatMap(e=>{let t=/^\{(\w+)\}$/.exec(e)?.[1];return t!==void 0&&t in i?[i[t]]:e?[e]:[]})}var cs=class{constructor(i="en",e={}){this.locale=i;let t=i.toLowerCase().split(/[-_]/)[0];this.language=t in Vi?t:"en",this.table=Vi[this.language],this.hour12=e.timeFormat==="12"?!0:e.timeFormat==="24"?!1:void 0,zc(i)||(this.locale=this.language);let s=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12}).resolvedOptions();this.hour=s.hour12?"numeric":"2-digit"}t(i,e){return sl(this.table[i]??Vi.en[i]??i,e)}plural(i,e,t={}){let s=new Intl.PluralRules(this.locale).select(e);return this.lookup(`${i}.${s}`,"",t)||this.t(`${i}.other`,t)}lookup(i,e,t){let s=this.table[i]??Vi.en[i];return s===void 0?e:sl(s,t)}splice(i,e){return Nc(this.table[i]??Vi.en[i]??i,e)}error(i,e){let{code:t,message:s}=i??{};return typeof t=="string"&&`error.${t}`in this.table?this.table[`error.${t}`]:typeof s=="string"&&s?s:e??String(i)}time(i,e){return this.format(i,{hour:this.hour,minute:"2-digit",hour12:this.hour12},e)}date(i,e){return this.format(i,{weekday:"long",year:"numeric",month:"long",day:"numeric"},e)}day(i){return this.format(i,{month:"short",day:"numeric"})}chartDate(i){let e=i.split(`
`).map(t=>{let s={};return/\{YYYY\}/.test(t)?s.year="numeric":/\{YY\}/.test(t)&&(s.year="2-digit"),/\{MMMM\}/.test(t)?s.month="long":/\{MMM\}/.test(t)?s.month="short":/\{MM?\}/.test(t)&&(s.month="numeric"),/\{DD?\}/.test(t)&&(s.day="numeric"),/\{WWWW?\}/.test(t)&&(s.weekday="short"),/\{(h|hh|H|HH)\}/.test(t)&&Object.assign(s,{hour:this.hour,hour12:this.hour12}),/\{mm\}/.test(t)&&(s.minute="2-digit"),/\{ss\}/.test(t)&&(s.second="2-digit"),Object.keys(s).length>0?s:null});return t=>e.map(s=>s?this.format(t,s):"").join(`
`)}number(i,e=0){return new Intl.NumberFormat(this.locale,{maximumFractionDigits:e}).format(i)}percent(i){return new Intl.NumberFormat(this.locale,{style:"percent",maximumFractionDigits:0}).format(i)}format(i,e,t){try{return new Intl.DateTimeFormat(this.locale,{...e,timeZone:t}).format(i)}catch{return new Intl.DateTimeFormat(this.locale,e).format(i)}}};function zc(n){try{return Intl.DateTimeFormat.supportedLocalesOf([n]).length>0}catch{return!1}}var Ze=new cs("en"),ol=new Map;function rl(n){let i=n?.locale?.language??n?.language??"en",e=n?.locale?.time_format??"language",t=`${i}|${e}`,s=ol.get(t);return s||(s=new cs(i,{timeFormat:e}),ol.set(t,s)),s}function mn(n,i=Ze){return i.lookup(`widget.${n}`,n)}function us(n,i={},e=Ze){let t=i.widget?mn(i.widget,e):e.t("command.any_widget");switch(n){case"show_widget":return e.t("command.show_widget",{widget:t});case"hide_widget":return e.t("command.hide_widget",{widget:t});case"zoom":return e.t(i.direction==="out"?"command.zoom_out":i.direction==="reset"?"command.zoom_reset":"command.zoom_in");default:return e.lookup(`command.${n}`,n.replace(/_/g," "))}}function ll(n,i,e=Ze){let t=e.percent(i);return n==="voice"?e.t("modality.voice",{sure:t}):n==="gesture"?e.t("modality.gesture",{sure:t}):e.t("modality.touch",{sure:t})}function Oc(n,i=Ze){let e=i.lookup(`via.${n.via}`,n.via);return n.outcome==="rejected"?i.t("outcome.rejected",{via:e}):n.outcome==="corrected"?i.t("outcome.corrected",{via:e,command:us(n.name,{},i)}):i.t("outcome.confirmed",{via:e})}function ps(n,i){let e=ho[i]?.argument??null,t={};return e&&n.args[e]!==void 0&&ho[n.name]?.argument===e&&(t[e]=n.args[e]),{name:i,args:t}}var ds=class{constructor(i=2500){this.showOutcomeFor=i;this.open=[];this.outcome=null}ask(i,e){this.open=this.open.filter(t=>t.question.id!==i.id),this.open.push({question:i,deadline:e+i.expires_in*1e3})}current(i){return this.expire(i),this.open.length>0?this.open[this.open.length-1].question:null}remaining(i){this.expire(i);let e=this.open[this.open.length-1];return e?Math.max(0,Math.ceil((e.deadline-i)/1e3)):0}result(i,e){let t=this.open.length;return this.open=this.open.filter(s=>s.question.id!==i.id),this.open.length===t?!1:(this.outcome={result:i,until:e+this.showOutcomeFor},!0)}close(i){this.open=this.open.filter(e=>e.question.id!==i)}shownOutcome(i,e=Ze){return this.outcome&&this.outcome.until<=i&&(this.outcome=null),this.outcome?Oc(this.outcome.result,e):null}busy(i){return this.current(i)!==null||this.shownOutcome(i)!==null}expire(i){this.open=this.open.filter(e=>e.deadline>i)}},Hc={swipe_left:{icon:"mdi:gesture-swipe-left"},swipe_right:{icon:"mdi:gesture-swipe-right"},open_hand:{icon:"mdi:hand-back-right-outline"},thumbs_up:{icon:"mdi:thumb-up-outline"}};function al(n,i=Ze){return{icon:Hc[n]?.icon??"mdi:hand-back-right-outline",label:i.lookup(`gesture.${n}`,n.replace(/_/g," "))}}function B(n,i){customElements.get(n)||customElements.define(n,i)}var re=class extends tt{constructor(){super(...arguments);this.i18n=Ze}static{this.properties={i18n:{attribute:!1}}}static{this.partStyles=[]}createRenderRoot(){return this}};function X(n,i,e){return n.dispatchEvent(new CustomEvent(i,{detail:e,bubbles:!0,composed:!1}))}var gn=class extends re{constructor(){super(...arguments);this.question=null;this.outcome=null;this.remaining=0;this.answering=!1}static{this.properties={question:{attribute:!1},outcome:{attribute:!1},remaining:{type:Number},answering:{type:Boolean}}}answer(e,t){this.question&&X(this,"confirm-answer",{id:this.question.id,accepted:e,...t?{alternative:t}:{}})}render(){let e=this.i18n,t=this.question;if(!t)return this.outcome?v`<div class="confirm" id="confirm-outcome">${this.outcome}</div>`:S;let s=v`<b id="confirm-label">${us(t.name,t.args,e)}</b>`,r=v`<span id="confirm-countdown">${this.remaining}</span>`;return v`<div class="confirm" id="confirm" data-id=${t.id}>
      <div class="question">${e.splice("confirm.question",{command:s})}</div>
      <div class="how" id="confirm-how">${ll(t.modality,t.confidence,e)}</div>
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
              ${us(a,ps(t,a).args,e)}
            </button>`)}
      </div>
      <div class="hint">
        ${e.t("confirm.hint")} <ha-icon icon="mdi:thumb-up-outline"></ha-icon> ·
        ${e.splice("confirm.countdown",{seconds:r})}
      </div>
    </div>`}static{this.partStyles=Q`
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
  `}};B("mirror-confirm-card",gn);var vn=class extends re{constructor(){super(...arguments);this.gesture=null;this.notice=null}static{this.properties={gesture:{attribute:!1},notice:{attribute:!1}}}render(){let e=this.gesture?al(this.gesture,this.i18n):null;return v`${e?v`<div class="gesture" id="gesture" data-gesture=${this.gesture}>
            <ha-icon icon=${e.icon}></ha-icon><span>${e.label}</span>
          </div>`:S}
    ${this.notice?v`<div class="notice" id="notice">${this.notice}</div>`:S}`}static{this.partStyles=Q`
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
  `}};B("mirror-indicators",vn);var Fc=[{step:"in",key:"controls.zoom_in",icon:"mdi:magnify-plus-outline"},{step:"out",key:"controls.zoom_out",icon:"mdi:magnify-minus-outline"},{step:"reset",key:"controls.zoom_reset",icon:"mdi:fit-to-screen-outline"}],yn=class extends re{render(){let i=this.i18n;return v`<div class="controls">
      ${Fc.map(({step:e,key:t,icon:s})=>v`<button title=${i.t(t)} data-zoom=${e} @click=${()=>X(this,"zoom",{step:e})}>
            <ha-icon icon=${s}></ha-icon>
          </button>`)}
      <button title=${i.t("controls.capture")} id="capture" @click=${()=>X(this,"capture",{})}>
        <ha-icon icon="mdi:camera"></ha-icon>
      </button>
    </div>`}static{this.partStyles=Q`
    .controls {
      position: absolute;
      top: 16px;
      left: 16px;
      display: flex;
      gap: 12px;
    }
  `}};B("mirror-picture-controls",yn);var bn=class extends re{constructor(){super(...arguments);this.settings=!0;this.people=!1;this.calibration=!1;this.open=""}static{this.properties={settings:{type:Boolean},people:{type:Boolean},calibration:{type:Boolean},open:{attribute:!1}}}render(){let e=this.i18n;return v`<div class="sheets">
      ${this.settings?v`<button
              id="open-settings"
              title=${e.t("controls.settings")}
              @click=${()=>X(this,"open-sheet",{sheet:"settings"})}
            >
              <ha-icon icon="mdi:cog-outline"></ha-icon>
            </button>`:S}
      ${this.people?v`<button
              id="open-people"
              class=${this.open==="people"?"on":""}
              title=${e.t("controls.people")}
              @click=${()=>X(this,"open-sheet",{sheet:"people"})}
            >
              <ha-icon icon="mdi:account-multiple"></ha-icon>
            </button>`:S}
      ${this.calibration?v`<button
              id="open-calibration"
              title=${e.t("controls.calibration")}
              @click=${()=>X(this,"open-sheet",{sheet:"calibration"})}
            >
              <ha-icon icon="mdi:emoticon-happy-outline"></ha-icon>
            </button>`:S}
      <button
        id="open-voice"
        class=${this.open==="voice"?"on":""}
        title=${e.t("controls.voice")}
        @click=${()=>X(this,"open-sheet",{sheet:"voice"})}
      >
        <ha-icon icon="mdi:microphone"></ha-icon>
      </button>
    </div>`}static{this.partStyles=Q`
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
  `}};B("mirror-sheet-buttons",bn);var _n=ls.filter(n=>n!=="settings"),hs=class{constructor(i=_n){this.order=i;this.focused=null}held(i){return this.focused!==null&&!i.includes(this.focused)?this.focused:null}ring(i){return this.order.filter(e=>i.includes(e)||e===this.focused)}index(i){return this.focused===null?-1:this.ring(i).indexOf(this.focused)}next(i){return this.move(i,1)}previous(i){return this.move(i,-1)}focus(i){this.focused=i}clear(){this.focused=null}settle(i,e){this.focused!==null&&!i.includes(this.focused)&&!e.includes(this.focused)&&(this.focused=null)}move(i,e){let t=this.order.filter(a=>i.includes(a)),s=this.focused;if(t.length===0)return s;let r;if(s===null||!this.order.includes(s))r=e>0?t[0]:t[t.length-1];else{let a=this.order.indexOf(s),u=t.filter(p=>e>0?this.order.indexOf(p)>a:this.order.indexOf(p)<a);u.length>0?r=e>0?u[0]:u[u.length-1]:r=e>0?t[0]:t[t.length-1]}return this.focused=r,r}};var Vc="SMF1";function cl(n){if(n.byteLength<20)throw new Error(`frame too short: ${n.byteLength} bytes`);let i=new DataView(n),e=String.fromCharCode(i.getUint8(0),i.getUint8(1),i.getUint8(2),i.getUint8(3));if(e!==Vc)throw new Error(`not a mirror frame (magic ${JSON.stringify(e)})`);let t=Number(i.getBigUint64(4,!0)),s=i.getFloat64(12,!0);return{seq:t,captured:s,jpeg:new Uint8Array(n,20)}}var Ui=class{constructor(i=30,e=15){this.keep=i;this.staleAfter=e;this.events=[]}add(i){this.events.push(i),this.events.sort((e,t)=>e.seq-t.seq),this.events.length>this.keep&&this.events.splice(0,this.events.length-this.keep)}forFrame(i){for(let e=this.events.length-1;e>=0;e-=1){let t=this.events[e];if(t.seq<=i)return i-t.seq<=this.staleAfter?t.faces:[]}return[]}};function dl(n,i){return{top:n.top,bottom:n.bottom,left:i-n.right,right:i-n.left}}var fs=class{constructor(i,e){this.after_ms=i;this.onChange=e;this.dimmed=!1}activity(){this.timer!==void 0&&clearTimeout(this.timer),this.dimmed&&(this.dimmed=!1,this.onChange(!1)),this.timer=setTimeout(()=>{this.dimmed=!0,this.onChange(!0)},this.after_ms)}stop(){this.timer!==void 0&&clearTimeout(this.timer),this.timer=void 0}};var wn=class extends re{constructor(){super(...arguments);this.admin=!1}static{this.properties={admin:{type:Boolean}}}render(){let e=this.i18n;return v`<section class="first-run" id="first-run">
      <div class="first-run-title">${e.t("first_run.title")}</div>
      ${this.admin?v`<div>${e.t("first_run.admin")}</div>
              <button id="first-run-people" @click=${()=>X(this,"open-sheet",{sheet:"people"})}>
                <ha-icon icon="mdi:account-multiple-plus"></ha-icon> ${e.t("first_run.open_people")}
              </button>`:v`<div id="first-run-ask">${e.t("first_run.ask_admin")}</div>`}
    </section>`}static{this.partStyles=Q`
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
  `}};B("mirror-first-run",wn);var ms=class{constructor(){this.digits=""}press(i){i==="clear"?this.digits="":i==="back"?this.digits=this.digits.slice(0,-1):/^[0-9]$/.test(i)&&this.digits.length<8&&(this.digits+=i)}get ready(){return this.digits.length>=4}get masked(){return"\u2022".repeat(this.digits.length)}take(){let i=this.digits;return this.digits="",i}};var Kt=Q`
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
`;var Uc=["1","2","3","4","5","6","7","8","9","back","0","ok"],fi=class extends re{constructor(){super(...arguments);this.name="";this.message="";this.prompt="";this.cancellable=!1;this.padId="pinpad";this.entry=new ms}static{this.properties={name:{attribute:!1},message:{attribute:!1},prompt:{attribute:!1},cancellable:{type:Boolean},padId:{attribute:!1}}}press(e){this.entry.press(e),X(this,"pin-input",{}),e==="ok"&&this.entry.ready&&X(this,"pin-submit",{pin:this.entry.take()}),this.requestUpdate()}cancel(){this.entry.take(),X(this,"pin-cancel",{}),this.requestUpdate()}render(){let e=this.i18n;return v`<div class="prompt" id=${this.padId} role="group" aria-label=${e.t("session.pin_label")}>
      <div class="pin-prompt">${this.prompt||e.t("session.pin_prompt",{name:this.name})}</div>
      <div class="pin">${this.entry.masked||" "}</div>
      <div class="keys">
        ${Uc.map(t=>v`<button
              class="key"
              data-key=${t}
              title=${t==="back"?e.t("session.pin_back"):S}
              @click=${()=>this.press(t)}
            >
              ${t==="back"?"\u232B":t==="ok"?e.t("session.pin_ok"):t}
            </button>`)}
      </div>
      <div class="message" id=${this.padId.replace("pinpad","pin-message")}>${this.message}</div>
      ${this.cancellable?v`<button class="pin-cancel" @click=${()=>this.cancel()}>${e.t("session.pin_cancel")}</button>`:S}
    </div>`}static{this.partStyles=[Kt,Q`
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
    `]}};B("mirror-pin-pad",fi);var ul={"look at the mirror and hold still":"enrolment.hint.look","only one face in view, please":"enrolment.hint.one_face","no face in view":"enrolment.hint.no_face","come closer, face the mirror and hold still":"enrolment.hint.closer","a different face: the same person, please":"enrolment.hint.same_person","hold still":"enrolment.hint.hold_still",done:"enrolment.hint.done"};function Wi(n,i){if(ul[i])return n.t(ul[i]);let e=/^no (\d+) good frames within (\d+) s$/.exec(i);return e?n.t("enrolment.hint.timeout",{needed:e[1],seconds:e[2]}):i}var $n=class extends re{constructor(){super(...arguments);this.thumbnail=null;this.open=!1;this.people=[];this.calendars=[];this.progress=null;this.busy=!1;this.note="";this.failed=!1;this.confirming=!1}static{this.properties={person:{attribute:!1},thumbnail:{attribute:!1},open:{type:Boolean},people:{attribute:!1},calendars:{attribute:!1},progress:{attribute:!1},busy:{type:Boolean},note:{attribute:!1},failed:{type:Boolean},confirming:{state:!0}}}willUpdate(){this.open||(this.confirming=!1)}get personId(){return this.person.id}rename(e){e.preventDefault();let s=this.querySelector("input.people-name")?.value.trim()??"";s&&s!==this.person.name&&X(this,"person-rename",{id:this.personId,name:s})}photo(e){let t=e.target,s=t.files?.[0];t.value="",s&&X(this,"person-enrol-photo",{id:this.personId,file:s})}calendarsChanged(){let e=[...this.querySelectorAll("input.people-calendar")].filter(t=>t.checked).map(t=>t.value);X(this,"person-link",{id:this.personId,calendars:e})}summary(){let e=this.i18n,t=this.person,s=t.ha_person?this.people.find(r=>r.entityId===t.ha_person)?.name??t.ha_person:null;return[e.plural("people.faces",t.embeddings,{count:t.embeddings}),e.t(t.has_pin?"people.pin_set":"people.pin_not_set"),s?e.t("people.linked",{person:s}):e.t("people.not_linked"),e.plural("people.calendar_count",t.calendars.length,{count:t.calendars.length})].join(" \xB7 ")}render(){let e=this.i18n,t=this.person;return t?v`<article class="people-card ${this.open?"open":""}" data-person-id=${t.id}>
      <button
        class="people-head"
        aria-expanded=${this.open?"true":"false"}
        @click=${()=>X(this,"person-open",{id:this.open?null:t.id})}
      >
        ${this.thumbnail?v`<img
                class="people-face"
                alt=${e.t("people.face_of",{name:t.name})}
                src=${this.thumbnail}
              />`:v`<span class="people-face people-initial" aria-hidden="true">${Wc(t.name)}</span>`}
        <span class="people-who">
          <span class="people-title">${t.name}</span>
          <span class="people-summary">${this.summary()}</span>
        </span>
      </button>
      ${this.open?this.details():S}
      ${this.note?v`<div class="people-note ${this.failed?"message":""}" role="status">${this.note}</div>`:S}
    </article>`:S}details(){let e=this.i18n,t=this.person,s=this.progress,r=s?.state==="collecting";return v`<div class="people-details">
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
          @click=${()=>X(this,"person-enrol-live",{id:this.personId})}
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
      ${s?this.live(s):S}

      <div class="people-row">
        <span>${e.t(t.has_pin?"people.pin_set":"people.pin_not_set")}</span>
        <button
          class="people-set-pin"
          ?disabled=${this.busy}
          @click=${()=>X(this,"person-pin",{id:this.personId})}
        >
          ${e.t(t.has_pin?"people.change_pin":"people.set_pin")}
        </button>
        ${t.has_pin?v`<button
                class="people-clear-pin"
                ?disabled=${this.busy}
                @click=${()=>X(this,"person-clear-pin",{id:this.personId})}
              >
                ${e.t("people.clear_pin")}
              </button>`:S}
      </div>

      <label class="people-row">
        <span>${e.t("people.ha_person")}</span>
        <select
          class="people-ha-person"
          ?disabled=${this.busy}
          @change=${a=>X(this,"person-link",{id:this.personId,ha_person:a.target.value||null})}
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
                @click=${()=>X(this,"person-forget",{id:this.personId})}
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
      ${e.hint?v`<div class="people-hint">${Wi(t,e.hint)}</div>`:S}
    </div>`}static{this.partStyles=Q`
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
  `}};function Wc(n){return[...n.trim()][0]?.toLocaleUpperCase()??"?"}B("mirror-person-card",$n);function Bc(n,i,e=1600){let t=Math.min(1,e/Math.max(n,i,1));return{width:Math.max(1,Math.round(n*t)),height:Math.max(1,Math.round(i*t))}}function qc(n){let i=n.indexOf(",");return i<0?n:n.slice(i+1)}function jc(n){let i=n.endsWith("==")?2:n.endsWith("=")?1:0;return Math.floor(n.length*3/4)-i}async function pl(n,i=1600){let e;try{e=await createImageBitmap(n)}catch{throw{code:"not_an_image",message:"not an image"}}try{let t=Bc(e.width,e.height,i),s=document.createElement("canvas");s.width=t.width,s.height=t.height;let r=s.getContext("2d");if(!r)throw{code:"not_an_image",message:"no canvas to scale the photo in"};r.drawImage(e,0,0,t.width,t.height);for(let a of[.9,.75,.6]){let u=qc(s.toDataURL("image/jpeg",a));if(jc(u)<=3e6)return u}throw{code:"image_too_large",message:"the photo is too large even scaled down"}}finally{e.close()}}var Gc=new Set(["done","failed","cancelled"]),xn=class extends re{constructor(){super(...arguments);this.live=null;this.persons=null;this.thumbnails={};this.openId=null;this.error="";this.notes={};this.busy={};this.pin=null;this.adding=!1;this.said="";this.liveFor=null;this.loading=!1}static{this.properties={hass:{attribute:!1},entryId:{attribute:!1},live:{attribute:!1},persons:{state:!0},thumbnails:{state:!0},openId:{state:!0},error:{state:!0},notes:{state:!0},busy:{state:!0},pin:{state:!0},adding:{state:!0},liveFor:{state:!0},said:{state:!0}}}updated(e){if(this.hass&&this.entryId&&this.persons===null&&!this.loading&&this.load(),e.has("live")&&this.liveFor&&this.live&&this.live!==this.liveFor.before){let t=this.live;if(t.person_id===this.liveFor.id&&Gc.has(t.state)){let s=this.liveFor.id;this.liveFor={...this.liveFor,progress:t,before:t},t.state==="done"&&this.refresh(s)}}}call(e,t={}){return this.hass.callWS({type:`smart_mirror/persons${e}`,entry_id:this.entryId,...t})}async load(){this.loading=!0;try{this.persons=await this.call(""),this.error="",await Promise.all(this.persons.filter(e=>e.has_thumbnail).map(e=>this.fetchThumbnail(e.id)))}catch(e){this.error=this.i18n.error(e),this.persons??=[]}finally{this.loading=!1}}async fetchThumbnail(e){try{let{content_type:t,image:s}=await this.call("/thumbnail",{person_id:e});this.thumbnails={...this.thumbnails,[e]:`data:${t};base64,${s}`}}catch{}}async refresh(e){try{let t=await this.call("");this.persons=t,t.find(s=>s.id===e)?.has_thumbnail&&await this.fetchThumbnail(e)}catch(t){this.note(e,this.i18n.error(t),!0)}}replace(e){this.persons=(this.persons??[]).map(t=>t.id===e.id?{...t,...e}:t)}note(e,t,s=!1){this.notes={...this.notes,[e]:{text:t,failed:s}}}async act(e,t){this.busy={...this.busy,[e]:!0},this.note(e,"");try{let s=await t();s&&this.note(e,s)}catch(s){this.note(e,this.i18n.error(s),!0)}finally{this.busy={...this.busy,[e]:!1}}}async create(e){e.preventDefault();let t=this.querySelector("#people-new-name"),s=t?.value.trim()??"";if(!(!s||this.adding)){this.adding=!0,this.error="";try{let r=await this.call("/create",{name:s});this.persons=[...this.persons??[],r],this.openId=r.id,this.note(r.id,this.i18n.t("people.added",{name:r.name})),t&&(t.value="")}catch(r){this.error=this.i18n.error(r)}finally{this.adding=!1}}}rename(e,t){return this.act(e,async()=>(this.replace(await this.call("/rename",{person_id:e,name:t})),this.i18n.t("people.renamed",{name:t})))}link(e,t){return this.act(e,async()=>(this.replace(await this.call("/link",{person_id:e,...t})),this.i18n.t("people.saved")))}clearPin(e){return this.act(e,async()=>(await this.call("/clear_pin",{person_id:e}),this.replace({id:e,has_pin:!1}),this.i18n.t("people.pin_cleared")))}enrolLive(e){return this.act(e,async()=>{let t=this.live,s=await this.call("/enrol_live",{person_id:e});this.liveFor={id:e,progress:{...s,person_id:e},before:t}})}enrolPhoto(e,t){return this.act(e,async()=>{let s=await pl(t),r=await this.call("/enrol_photo",{person_id:e,image:s});return await this.refresh(e),this.i18n.plural("people.photo_added",r.added??1,{count:r.added??1})})}forget(e){let t=this.persons?.find(s=>s.id===e)?.name??"";return this.act(e,async()=>{await this.call("/forget",{person_id:e}),this.persons=(this.persons??[]).filter(s=>s.id!==e),this.openId===e&&(this.openId=null),this.error="",this.say("people.forgotten",{name:t})})}say(e,t){this.said=this.i18n.t(e,t)}pinSubmitted(e){let t=this.pin;if(t){if(t.first===null){this.pin={...t,first:e,message:""};return}if(t.first!==e){this.pin={...t,first:null,message:this.i18n.t("people.pin_mismatch")};return}this.pin=null,this.act(t.id,async()=>(await this.call("/set_pin",{person_id:t.id,pin:e}),this.replace({id:t.id,has_pin:!0}),this.i18n.t("people.pin_saved")))}}household(e){return Object.values(this.hass?.states??{}).filter(t=>t.entity_id.startsWith(`${e}.`)).map(t=>({entityId:t.entity_id,name:t.attributes.friendly_name??t.entity_id})).sort((t,s)=>t.name.localeCompare(s.name,this.i18n.locale))}progressOf(e){let t=this.liveFor;if(!t||t.id!==e)return null;let s=this.live;return s&&s!==t.before&&s.person_id===e&&"collected"in s?s:t.progress}render(){let e=this.i18n,t=this.persons,s=this.household("person"),r=this.household("calendar"),a=this.pin?t?.find(u=>u.id===this.pin.id):void 0;return v`<section class="people-sheet" id="people" aria-label=${e.t("people.title")}>
      <header class="people-header">
        <h2>${e.t("people.title")}</h2>
        <button
          class="people-close"
          title=${e.t("people.close")}
          @click=${()=>X(this,"open-sheet",{sheet:"people"})}
        >
          ✕
        </button>
      </header>
      ${this.error?v`<div class="message people-error" role="alert">${this.error}</div>`:S}
      ${this.said?v`<div class="people-said" role="status">${this.said}</div>`:S}
      <form class="people-add" @submit=${u=>{this.create(u)}}>
        <input
          id="people-new-name"
          maxlength="64"
          placeholder=${e.t("people.new_name")}
          aria-label=${e.t("people.new_name")}
        />
        <button id="people-add" type="submit" ?disabled=${this.adding}>${e.t("people.add")}</button>
      </form>
      ${t===null?v`<div class="people-empty">${e.t("people.loading")}</div>`:t.length===0?v`<div class="people-empty" id="people-none">${e.t("people.nobody_yet")}</div>`:v`<div class="people-list">
                ${t.map(u=>v`<mirror-person-card
                      .i18n=${e}
                      .person=${u}
                      .thumbnail=${this.thumbnails[u.id]??null}
                      .open=${this.openId===u.id}
                      .people=${s}
                      .calendars=${r}
                      .progress=${this.progressOf(u.id)}
                      .busy=${!!this.busy[u.id]}
                      .note=${this.notes[u.id]?.text??""}
                      .failed=${!!this.notes[u.id]?.failed}
                      @person-open=${p=>this.openId=p.detail.id}
                      @person-rename=${p=>{this.rename(p.detail.id,p.detail.name)}}
                      @person-pin=${p=>this.pin={id:p.detail.id,first:null,message:""}}
                      @person-clear-pin=${p=>{this.clearPin(p.detail.id)}}
                      @person-link=${p=>{let{id:f,..._}=p.detail;this.link(f,_)}}
                      @person-enrol-live=${p=>{this.enrolLive(p.detail.id)}}
                      @person-enrol-photo=${p=>{this.enrolPhoto(p.detail.id,p.detail.file)}}
                      @person-forget=${p=>{this.forget(p.detail.id)}}
                    ></mirror-person-card>`)}
              </div>`}
      ${this.pin&&a?v`<div class="people-pin">
              <mirror-pin-pad
                .i18n=${e}
                .padId=${"people-pinpad"}
                .prompt=${e.t(this.pin.first===null?"people.pin_new":"people.pin_again",{name:a.name})}
                .message=${this.pin.message}
                cancellable
                @pin-input=${u=>{u.stopPropagation(),this.pin?.message&&(this.pin={...this.pin,message:""})}}
                @pin-submit=${u=>{u.stopPropagation(),this.pinSubmitted(u.detail.pin)}}
                @pin-cancel=${u=>{u.stopPropagation(),this.pin=null}}
              ></mirror-pin-pad>
            </div>`:S}
    </section>`}static{this.partStyles=[$n.partStyles,fi.partStyles,Q`
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
    `]}};B("mirror-people",xn);var Sn=class extends re{constructor(){super(...arguments);this.enrolment={step:"who"};this.people=[]}static{this.properties={enrolment:{attribute:!1},people:{attribute:!1}}}render(){let e=this.i18n,t=this.enrolment;if(t.step==="who")return v`<div class="prompt" id="enrol">
        <div>${e.t("enrolment.who")}</div>
        ${this.people.map(a=>v`<button
              class="person"
              data-person=${a.entityId}
              @click=${()=>X(this,"enrol-person",a)}
            >
              ${a.name}
            </button>`)}
        <button id="enrol-cancel" @click=${()=>X(this,"enrol-cancel",{})}>${e.t("enrolment.not_now")}</button>
      </div>`;let s=t.needed?Math.round((t.collected??0)/t.needed*100):0,r=t.hint?Wi(e,t.hint):null;return v`<div class="prompt" id="enrol">
      ${t.step==="collecting"?v`<div>${e.t("enrolment.stand_still",{name:t.name??""})}</div>
              <div class="progress"><span style="width:${s}%"></span></div>
              <div id="enrol-progress">${t.collected??0} / ${t.needed??"\u2026"}</div>
              ${r?v`<div class="message">${r}</div>`:S}`:t.step==="done"?v`<div id="enrol-done">${e.t("enrolment.welcome",{name:t.name??""})}</div>`:v`<div class="message">${t.error?Wi(e,t.error):e.t("enrolment.failed")}</div>
                <button id="enrol-retry" @click=${()=>X(this,"enrol-retry",{})}>
                  ${e.t("enrolment.try_again")}
                </button>`}
    </div>`}static{this.partStyles=[Kt,Q`
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
    `]}};B("mirror-enrolment",Sn);var En=class extends re{constructor(){super(...arguments);this.person=null;this.suggestEnrolment=!1}static{this.properties={person:{attribute:!1},suggestEnrolment:{type:Boolean}}}render(){let e=this.i18n;return this.person!==null?v`<div class="greeting person">
        <span id="greeting">${e.t("session.hello",{name:this.person})}</span>
        <button id="not-me" @click=${()=>X(this,"not-me",{})}>${e.t("session.not_me")}</button>
      </div>`:v`<div class="greeting guest" id="guest">
      ${e.t("session.hello_guest")}
      ${this.suggestEnrolment?v`<button id="enrol-start" @click=${()=>X(this,"enrol-start",{})}>
              ${e.t("session.enrol_me")}
            </button>`:S}
    </div>`}static{this.partStyles=[Kt,Q`
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
    `]}};B("mirror-greeting",En);var kn=class extends re{constructor(){super(...arguments);this.faces=[]}static{this.properties={faces:{attribute:!1}}}render(){let e=this.i18n;return v`<div class="prompt" id="chooser" role="group" aria-label=${e.t("session.chooser_label")}>
      <div>${e.t("session.choose_face")}</div>
      ${this.faces.map((t,s)=>v`<button class="face" data-face=${s} @click=${()=>X(this,"choose-face",{index:s})}>
            ${t.name??e.t("session.face",{number:s+1})}
          </button>`)}
    </div>`}static{this.partStyles=Kt}};B("mirror-person-chooser",kn);var An=class extends re{constructor(){super(...arguments);this.zoom=1;this.faces=new Ui;this.decoding=!1}static{this.properties={zoom:{type:Number},faces:{attribute:!1},frame:{attribute:!1}}}updated(e){e.has("frame")&&this.frame&&(this.pending=this.frame,this.paint())}async paint(){if(!(this.decoding||!this.pending)){this.decoding=!0;try{for(;this.pending;){let e=this.pending;this.pending=void 0;let t=await createImageBitmap(new Blob([e.jpeg],{type:"image/jpeg"}));await new Promise(r=>requestAnimationFrame(r));let s=this.draw(t,e.seq);t.close(),s&&X(this,"frame-painted",{seq:e.seq,captured:e.captured,...s})}}finally{this.decoding=!1}}}draw(e,t){let s=this.querySelector("#picture"),r=this.querySelector("#overlay");if(!s||!r)return null;for(let p of[s,r])(p.width!==e.width||p.height!==e.height)&&(p.width=e.width,p.height=e.height);let a={width:e.width,height:e.height,boxes:0,named:0};s.getContext("2d")?.drawImage(e,0,0);let u=r.getContext("2d");if(!u)return a;u.clearRect(0,0,r.width,r.height),u.lineWidth=Math.max(2,e.width/320),u.font=`${Math.round(e.width/40)}px sans-serif`;for(let p of this.faces.forFrame(t)){let f=dl(p.box,e.width);u.strokeStyle=p.name?"#7CFC9A":"rgba(255,255,255,0.7)",u.strokeRect(f.left,f.top,f.right-f.left,f.bottom-f.top),a.boxes+=1,p.name&&(a.named+=1,u.fillStyle="#7CFC9A",u.fillText(p.name,f.left,Math.max(f.top-8,20)))}return a}render(){return v`<div class="picture" style="transform: scale(${this.zoom})">
      <canvas id="picture"></canvas>
      <canvas id="overlay"></canvas>
    </div>`}static{this.partStyles=Q`
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
  `}};B("mirror-stream-view",An);var lt=class extends tt{constructor(){super(...arguments);this.i18n=Ze;this.data=null;this.error=""}static{this.properties={hass:{attribute:!1},entryId:{attribute:!1},sessionId:{attribute:!1},i18n:{attribute:!1},data:{state:!0},error:{state:!0}}}me(e,t="GET",s,r){return this.hass.callWS({type:"smart_mirror/me",entry_id:this.entryId,session_id:this.sessionId,path:e,method:t,...s?{body:s}:{},...r?{query:r}:{}})}failed(e){this.error=this.i18n.error(e)}updated(e){(e.has("sessionId")||e.has("hass"))&&this.hass&&this.entryId&&!this.data&&this.load().catch(t=>this.failed(t))}static{this.styles=Q`
    :host {
      display: block;
      background: rgba(0, 0, 0, 0.45);
      border-radius: 20px;
      padding: 16px 20px;
      color: #fff;
      font-size: 24px;
    }
    button {
      min-width: 64px;
      min-height: 56px;
      font-size: 22px;
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
      font-size: 18px;
      border-collapse: collapse;
    }
    td,
    th {
      padding: 2px 8px;
      text-align: right;
    }
    .error {
      color: #ff9a9a;
      font-size: 18px;
    }
  `}};var mo=class extends lt{async load(){this.data=await this.hass.callWS({type:"smart_mirror/trainer",entry_id:this.entryId})}async retrain(){try{await this.hass.callWS({type:"smart_mirror/trainer",entry_id:this.entryId,action:"retrain"}),await this.load()}catch(i){this.failed(i)}}samples(i){let e=this.i18n,t=Object.entries(i).filter(([,s])=>s>0);return t.length===0?e.t("admin.none"):t.map(([s,r])=>`${e.lookup(`admin.kind.${s}`,s.replace(/_/g," "))} ${e.number(r)}`).join(" \xB7 ")}render(){let i=this.i18n;if(this.error)return v`<div class="error">${i.t("admin.error",{error:this.error})}</div>`;let e=this.data??{},t=e.versions??[],s=e.samples??{};return v`<div>${i.t("admin.title")}</div>
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
      <button id="retrain" @click=${()=>{this.retrain()}}>${i.t("admin.retrain")}</button>`}};B("mirror-admin",mo);var Yt=Q`
  .widget {
    background: rgba(0, 0, 0, 0.45);
    border-radius: 20px;
    padding: 16px 20px;
  }
`;var Tn=class extends re{constructor(){super(...arguments);this.assessment={};this.focused=!1}static{this.properties={assessment:{attribute:!1},focused:{type:Boolean}}}render(){let e=this.i18n,t=this.assessment,s=t.emotions??{},r=t.emotion?e.lookup(`emotion.${t.emotion}`,t.emotion):"\u2013",a=t.age===void 0?"\u2013":e.number(Math.round(t.age));return v`<section class="widget ${this.focused?"focused":""}" id="assessment" data-widget="assessment">
      <div>${e.t("assessment.age",{age:a,emotion:r})}</div>
      ${rs.map(u=>v`<div class="bar" data-emotion=${u}>
            <span>${e.t(`emotion.${u}`)}</span
            ><span class="fill" style="width:${Math.round((s[u]??0)*100)}%"></span>
          </div>`)}
      <div>${e.t("assessment.live",{share:e.percent(t.live??0)})}</div>
    </section>`}static{this.partStyles=[Yt,Q`
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
    `]}};B("mirror-assessment",Tn);var Kc=[["accuracy","calibration.accuracy"],["precision","calibration.precision"],["recall","calibration.recall"],["f1","calibration.f1"]],go=class extends lt{async load(){this.data=await this.me("calibration")}disconnectedCallback(){super.disconnectedCallback(),this.polling&&clearInterval(this.polling),this.polling=void 0}async hold(i){try{await this.me("calibration/collect","POST",{label:i,frames:100}),this.polling||(this.polling=setInterval(()=>{this.load().catch(e=>this.failed(e))},500))}catch(e){this.failed(e)}}async train(){try{this.data={...this.data,report:await this.me("calibration/train","POST")}}catch(i){this.failed(i)}}render(){let i=this.i18n,e=this.data?.counts??{},t=this.data?.needed_per_class??100,s=this.data?.report;return v`<div>${i.t("calibration.title")}</div>
      ${rs.map(r=>v`<button data-expression=${r} @pointerdown=${()=>{this.hold(r)}}>
            ${i.t(`emotion.${r}`)} ${e[r]??0}/${t}
          </button>`)}
      <button id="train" @click=${()=>{this.train()}}>${i.t("calibration.train")}</button>
      ${s?v`<table>
              ${Kc.map(([r,a])=>v`<tr>
                    <td>${i.t(a)}</td>
                    <td>${s.metrics?.[r]??s[r]??"\u2013"}</td>
                  </tr>`)}
            </table>`:S}
      ${this.error?v`<div class="error">${this.error}</div>`:S}`}};B("mirror-calibration",go);var Yc=[{hook:"A good day",key:"diary.mood.good_day",icon:"\u{1F60A}"},{hook:"Tired",key:"diary.mood.tired",icon:"\u{1F634}"},{hook:"Grateful",key:"diary.mood.grateful",icon:"\u{1F64F}"},{hook:"Busy",key:"diary.mood.busy",icon:"\u23F1"}],vo=class extends lt{async load(){this.data=await this.me("diary")}async write(i){try{await this.me("diary","POST",{text:i,capture:!0}),await this.load()}catch(e){this.failed(e)}}render(){let i=this.i18n,e=this.data??[];return v`<div>${i.t("diary.title")}</div>
      <div>
        ${Yc.map(({hook:t,key:s,icon:r})=>{let a=i.t(s);return v`<button data-mood=${t} @click=${()=>{this.write(a)}}>${r} ${a}</button>`})}
      </div>
      ${e.slice(0,3).map(t=>v`<div class="entry">${t.text}${t.mood?` \xB7 ${i.lookup(`emotion.${t.mood}`,t.mood)}`:""}</div>`)}
      ${this.error?v`<div class="error">${this.error}</div>`:S}`}};B("mirror-diary",vo);var Zc="uplot",Jc="u-hz",Qc="u-vt",Xc="u-title",ed="u-wrap",td="u-under",id="u-over",nd="u-axis",vi="u-off",sd="u-select",od="u-cursor-x",rd="u-cursor-y",ld="u-cursor-pt",ad="u-legend",cd="u-live",dd="u-inline",ud="u-series",pd="u-marker",hl="u-label",hd="u-value",Mn="width",Cn="height";var fl="bottom",Bi="left",yo="right",Do="#000",ml=Do+"0",bo="mousemove",gl="mousedown",_o="mouseup",vl="mouseenter",yl="mouseleave",bl="dblclick",fd="resize",md="scroll",_l="change",_s="dppxchange",No="--",Ji=typeof window<"u",Eo=Ji?document:null,ji=Ji?window:null,gd=Ji?navigator:null,ue,gs;function ko(){let n=devicePixelRatio;ue!=n&&(ue=n,gs&&To(_l,gs,ko),gs=matchMedia(`(min-resolution: ${ue-.001}dppx) and (max-resolution: ${ue+.001}dppx)`),yi(_l,gs,ko),ji.dispatchEvent(new CustomEvent(_s)))}function at(n,i){if(i!=null){let e=n.classList;!e.contains(i)&&e.add(i)}}function Ao(n,i){let e=n.classList;e.contains(i)&&e.remove(i)}function $e(n,i,e){n.style[i]=e+"px"}function St(n,i,e,t){let s=Eo.createElement(n);return i!=null&&at(s,i),e?.insertBefore(s,t),s}function vt(n,i){return St("div",n,i)}var wl=new WeakMap;function Rt(n,i,e,t,s){let r="translate("+i+"px,"+e+"px)",a=wl.get(n);r!=a&&(n.style.transform=r,wl.set(n,r),i<0||e<0||i>t||e>s?at(n,vi):Ao(n,vi))}var $l=new WeakMap;function xl(n,i,e){let t=i+e,s=$l.get(n);t!=s&&($l.set(n,t),n.style.background=i,n.style.borderColor=e)}var Sl=new WeakMap;function El(n,i,e,t){let s=i+""+e,r=Sl.get(n);s!=r&&(Sl.set(n,s),n.style.height=e+"px",n.style.width=i+"px",n.style.marginLeft=t?-i/2+"px":0,n.style.marginTop=t?-e/2+"px":0)}var zo={passive:!0},vd={...zo,capture:!0};function yi(n,i,e,t){i.addEventListener(n,e,t?vd:zo)}function To(n,i,e,t){i.removeEventListener(n,e,zo)}Ji&&ko();function Et(n,i,e,t){let s;e=e||0,t=t||i.length-1;let r=t<=2147483647;for(;t-e>1;)s=r?e+t>>1:ct((e+t)/2),i[s]<n?e=s:t=s;return n-i[e]<=i[t]-n?e:t}function Xl(n){return(e,t,s)=>{let r=-1,a=-1;for(let u=t;u<=s;u++)if(n(e[u])){r=u;break}for(let u=s;u>=t;u--)if(n(e[u])){a=u;break}return[r,a]}}var ea=n=>n!=null,ta=n=>n!=null&&n>0,xs=Xl(ea),yd=Xl(ta);function bd(n,i,e,t=0,s=!1){let r=s?yd:xs,a=s?ta:ea;[i,e]=r(n,i,e);let u=n[i],p=n[i];if(i>-1)if(t==1)u=n[i],p=n[e];else if(t==-1)u=n[e],p=n[i];else for(let f=i;f<=e;f++){let _=n[f];a(_)&&(_<u?u=_:_>p&&(p=_))}return[u??ge,p??-ge]}function Ss(n,i,e,t){let s=Tl(n),r=Tl(i);n==i&&(s==-1?(n*=e,i/=e):(n/=e,i*=e));let a=e==10?Ft:ia,u=s==1?ct:yt,p=r==1?yt:ct,f=u(a(Re(n))),_=p(a(Re(i))),m=Gi(e,f),y=Gi(e,_);return e==10&&(f<0&&(m=ve(m,-f)),_<0&&(y=ve(y,-_))),t||e==2?(n=m*s,i=y*r):(n=ra(n,m),i=Es(i,y)),[n,i]}function Oo(n,i,e,t){let s=Ss(n,i,e,t);return n==0&&(s[0]=0),i==0&&(s[1]=0),s}var Ho=.1,kl={mode:3,pad:Ho},Ln={pad:0,soft:null,mode:0},_d={min:Ln,max:Ln};function ws(n,i,e,t){return ks(e)?Al(n,i,e):(Ln.pad=e,Ln.soft=t?0:null,Ln.mode=t?3:0,Al(n,i,_d))}function ce(n,i){return n??i}function wd(n,i,e){for(i=ce(i,0),e=ce(e,n.length-1);i<=e;){if(n[i]!=null)return!0;i++}return!1}function Al(n,i,e){let t=e.min,s=e.max,r=ce(t.pad,0),a=ce(s.pad,0),u=ce(t.hard,-ge),p=ce(s.hard,ge),f=ce(t.soft,ge),_=ce(s.soft,-ge),m=ce(t.mode,0),y=ce(s.mode,0),T=i-n,M=Ft(T),H=Je(Re(n),Re(i)),V=Ft(H),W=Re(V-M);(T<1e-24||W>10)&&(T=0,(n==0||i==0)&&(T=1e-24,m==2&&f!=ge&&(r=0),y==2&&_!=-ge&&(a=0)));let x=T||H||1e3,F=Ft(x),E=Gi(10,ct(F)),J=x*(T==0?n==0?.1:1:r),L=ve(ra(n-J,E/10),24),ee=n>=f&&(m==1||m==3&&L<=f||m==2&&L>=f)?f:ge,K=Je(u,L<ee&&n>=ee?ee:kt(ee,L)),ne=x*(T==0?i==0?.1:1:a),G=ve(Es(i+ne,E/10),24),k=i<=_&&(y==1||y==3&&G>=_||y==2&&G<=_)?_:-ge,Z=kt(p,G>k&&i<=k?k:Je(k,G));return K==Z&&K==0&&(Z=100),[K,Z]}var $d=new Intl.NumberFormat(Ji?gd.language:"en-US"),Fo=n=>$d.format(n),dt=Math,bs=dt.PI,Re=dt.abs,ct=dt.floor,Le=dt.round,yt=dt.ceil,kt=dt.min,Je=dt.max,Gi=dt.pow,Tl=dt.sign,Ft=dt.log10,ia=dt.log2,xd=(n,i=1)=>dt.sinh(n)*i,wo=(n,i=1)=>dt.asinh(n/i),ge=1/0;function Pl(n){return(Ft((n^n>>31)-(n>>31))|0)+1}function Po(n,i,e){return kt(Je(n,i),e)}function na(n){return typeof n=="function"}function se(n){return na(n)?n:()=>n}var Sd=()=>{},sa=n=>n,oa=(n,i)=>i,Ed=n=>null,Ml=n=>!0,Cl=(n,i)=>n==i,kd=/\.\d*?(?=9{6,}|0{6,})/gm,bi=n=>{if(aa(n)||Jt.has(n))return n;let i=`${n}`,e=i.match(kd);if(e==null)return n;let t=e[0].length-1;if(i.indexOf("e-")!=-1){let[s,r]=i.split("e");return+`${bi(s)}e${r}`}return ve(n,t)};function mi(n,i){return bi(ve(bi(n/i))*i)}function Es(n,i){return bi(yt(bi(n/i))*i)}function ra(n,i){return bi(ct(bi(n/i))*i)}function ve(n,i=0){if(aa(n))return n;let e=10**i,t=n*e*(1+Number.EPSILON);return Le(t)/e}var Jt=new Map;function la(n){return((""+n).split(".")[1]||"").length}function Dn(n,i,e,t){let s=[],r=t.map(la);for(let a=i;a<e;a++){let u=Re(a),p=ve(Gi(n,a),u);for(let f=0;f<t.length;f++){let _=n==10?+`${t[f]}e${a}`:t[f]*p,m=(a>=0?0:u)+(a>=r[f]?0:r[f]),y=n==10?_:ve(_,m);s.push(y),Jt.set(y,m)}}return s}var Rn={},Vo=[],Ki=[null,null],Zt=Array.isArray,aa=Number.isInteger,Ad=n=>n===void 0;function Il(n){return typeof n=="string"}function ks(n){let i=!1;if(n!=null){let e=n.constructor;i=e==null||e==Object}return i}function Td(n){return n!=null&&typeof n=="object"}var Pd=Object.getPrototypeOf(Uint8Array),ca="__proto__";function Yi(n,i=ks){let e;if(Zt(n)){let t=n.find(s=>s!=null);if(Zt(t)||i(t)){e=Array(n.length);for(let s=0;s<n.length;s++)e[s]=Yi(n[s],i)}else e=n.slice()}else if(n instanceof Pd)e=n.slice();else if(i(n)){e={};for(let t in n)t!=ca&&(e[t]=Yi(n[t],i))}else e=n;return e}function Me(n){let i=arguments;for(let e=1;e<i.length;e++){let t=i[e];for(let s in t)s!=ca&&(ks(n[s])?Me(n[s],Yi(t[s])):n[s]=Yi(t[s]))}return n}var Md=0,Cd=1,Id=2;function Ld(n,i,e){for(let t=0,s,r=-1;t<i.length;t++){let a=i[t];if(a>r){for(s=a-1;s>=0&&n[s]==null;)n[s--]=null;for(s=a+1;s<e&&n[s]==null;)n[r=s++]=null}}}function Rd(n,i){if(zd(n)){let a=n[0].slice();for(let u=1;u<n.length;u++)a.push(...n[u].slice(1));return Od(a[0])||(a=Nd(a)),a}let e=new Set;for(let a=0;a<n.length;a++){let p=n[a][0],f=p.length;for(let _=0;_<f;_++)e.add(p[_])}let t=[Array.from(e).sort((a,u)=>a-u)],s=t[0].length,r=new Map;for(let a=0;a<s;a++)r.set(t[0][a],a);for(let a=0;a<n.length;a++){let u=n[a],p=u[0];for(let f=1;f<u.length;f++){let _=u[f],m=Array(s).fill(void 0),y=i?i[a][f]:Cd,T=[];for(let M=0;M<_.length;M++){let H=_[M],V=r.get(p[M]);H===null?y!=Md&&(m[V]=H,y==Id&&T.push(V)):m[V]=H}Ld(m,T,s),t.push(m)}}return t}var Dd=typeof queueMicrotask>"u"?n=>Promise.resolve().then(n):queueMicrotask;function Nd(n){let i=n[0],e=i.length,t=Array(e);for(let r=0;r<t.length;r++)t[r]=r;t.sort((r,a)=>i[r]-i[a]);let s=[];for(let r=0;r<n.length;r++){let a=n[r],u=Array(e);for(let p=0;p<e;p++)u[p]=a[t[p]];s.push(u)}return s}function zd(n){let i=n[0][0],e=i.length;for(let t=1;t<n.length;t++){let s=n[t][0];if(s.length!=e)return!1;if(s!=i){for(let r=0;r<e;r++)if(s[r]!=i[r])return!1}}return!0}function Od(n,i=100){let e=n.length;if(e<=1)return!0;let t=0,s=e-1;for(;t<=s&&n[t]==null;)t++;for(;s>=t&&n[s]==null;)s--;if(s<=t)return!0;let r=Je(1,ct((s-t+1)/i));for(let a=n[t],u=t+r;u<=s;u+=r){let p=n[u];if(p!=null){if(p<=a)return!1;a=p}}return!0}var da=["January","February","March","April","May","June","July","August","September","October","November","December"],ua=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function pa(n){return n.slice(0,3)}var Hd=ua.map(pa),Fd=da.map(pa),Vd={MMMM:da,MMM:Fd,WWWW:ua,WWW:Hd};function Pn(n){return(n<10?"0":"")+n}function Ud(n){return(n<10?"00":n<100?"0":"")+n}var Wd={YYYY:n=>n.getFullYear(),YY:n=>(n.getFullYear()+"").slice(2),MMMM:(n,i)=>i.MMMM[n.getMonth()],MMM:(n,i)=>i.MMM[n.getMonth()],MM:n=>Pn(n.getMonth()+1),M:n=>n.getMonth()+1,DD:n=>Pn(n.getDate()),D:n=>n.getDate(),WWWW:(n,i)=>i.WWWW[n.getDay()],WWW:(n,i)=>i.WWW[n.getDay()],HH:n=>Pn(n.getHours()),H:n=>n.getHours(),h:n=>{let i=n.getHours();return i==0?12:i>12?i-12:i},AA:n=>n.getHours()>=12?"PM":"AM",aa:n=>n.getHours()>=12?"pm":"am",a:n=>n.getHours()>=12?"p":"a",mm:n=>Pn(n.getMinutes()),m:n=>n.getMinutes(),ss:n=>Pn(n.getSeconds()),s:n=>n.getSeconds(),fff:n=>Ud(n.getMilliseconds())};function Uo(n,i){i=i||Vd;let e=[],t=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=t.exec(n);)e.push(s[0][0]=="{"?Wd[s[1]]:s[0]);return r=>{let a="";for(let u=0;u<e.length;u++)a+=typeof e[u]=="string"?e[u]:e[u](r,i);return a}}var Bd=new Intl.DateTimeFormat().resolvedOptions().timeZone;function qd(n,i){let e;return i=="UTC"||i=="Etc/UTC"?e=new Date(+n+n.getTimezoneOffset()*6e4):i==Bd?e=n:(e=new Date(n.toLocaleString("en-US",{timeZone:i})),e.setMilliseconds(n.getMilliseconds())),e}var ha=n=>n%1==0,$s=[1,2,2.5,5],jd=Dn(10,-32,0,$s),fa=Dn(10,0,32,$s),Gd=fa.filter(ha),gi=jd.concat(fa),Wo=`
`,ma="{YYYY}",Ll=Wo+ma,ga="{M}/{D}",In=Wo+ga,vs=In+"/{YY}",va="{aa}",Kd="{h}:{mm}",qi=Kd+va,Rl=Wo+qi,Dl=":{ss}",he=null;function ya(n){let i=n*1e3,e=i*60,t=e*60,s=t*24,r=s*30,a=s*365,p=(n==1?Dn(10,0,3,$s).filter(ha):Dn(10,-3,0,$s)).concat([i,i*5,i*10,i*15,i*30,e,e*5,e*10,e*15,e*30,t,t*2,t*3,t*4,t*6,t*8,t*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,r,r*2,r*3,r*4,r*6,a,a*2,a*5,a*10,a*25,a*50,a*100]),f=[[a,ma,he,he,he,he,he,he,1],[s*28,"{MMM}",Ll,he,he,he,he,he,1],[s,ga,Ll,he,he,he,he,he,1],[t,"{h}"+va,vs,he,In,he,he,he,1],[e,qi,vs,he,In,he,he,he,1],[i,Dl,vs+" "+qi,he,In+" "+qi,he,Rl,he,1],[n,Dl+".{fff}",vs+" "+qi,he,In+" "+qi,he,Rl,he,1]];function _(m){return(y,T,M,H,V,W)=>{let x=[],F=V>=a,E=V>=r&&V<a,J=m(M),L=ve(J*n,3),ee=$o(J.getFullYear(),F?0:J.getMonth(),E||F?1:J.getDate()),K=ve(ee*n,3);if(E||F){let ne=E?V/r:0,G=F?V/a:0,k=L==K?L:ve($o(ee.getFullYear()+G,ee.getMonth()+ne,1)*n,3),Z=new Date(Le(k/n)),R=Z.getFullYear(),q=Z.getMonth();for(let O=0;k<=H;O++){let oe=$o(R+G*O,q+ne*O,1),z=oe-m(ve(oe*n,3));k=ve((+oe+z)*n,3),k<=H&&x.push(k)}}else{let ne=V>=s?s:V,G=ct(M)-ct(L),k=K+G+Es(L-K,ne);x.push(k);let Z=m(k),R=Z.getHours()+Z.getMinutes()/e+Z.getSeconds()/t,q=V/t,O=y.axes[T]._space,oe=W/O;for(;k=ve(k+V,n==1?0:3),!(k>H);)if(q>1){let z=ct(ve(R+q,6))%24,le=m(k).getHours()-z;le>1&&(le=-1),k-=le*t,R=(R+q)%24;let fe=x[x.length-1];ve((k-fe)/V,3)*oe>=.7&&x.push(k)}else x.push(k)}return x}}return[p,f,_]}var[Yd,Zd,Jd]=ya(1),[Qd,Xd,eu]=ya(.001);Dn(2,-53,53,[1]);function Nl(n,i){return n.map(e=>e.map((t,s)=>s==0||s==8||t==null?t:i(s==1||e[8]==0?t:e[1]+t)))}function zl(n,i){return(e,t,s,r,a)=>{let u=i.find(M=>a>=M[0])||i[i.length-1],p,f,_,m,y,T;return t.map(M=>{let H=n(M),V=H.getFullYear(),W=H.getMonth(),x=H.getDate(),F=H.getHours(),E=H.getMinutes(),J=H.getSeconds(),L=V!=p&&u[2]||W!=f&&u[3]||x!=_&&u[4]||F!=m&&u[5]||E!=y&&u[6]||J!=T&&u[7]||u[1];return p=V,f=W,_=x,m=F,y=E,T=J,L(H)})}}function tu(n,i){let e=Uo(i);return(t,s,r,a,u)=>s.map(p=>e(n(p)))}function $o(n,i,e){return new Date(n,i,e)}function Ol(n,i){return i(n)}var iu="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Hl(n,i){return(e,t,s,r)=>r==null?No:i(n(t))}function nu(n,i){let e=n.series[i];return e.width?e.stroke(n,i):e.points.width?e.points.stroke(n,i):null}function su(n,i){return n.series[i].fill(n,i)}var ou={show:!0,live:!0,isolate:!1,mount:Sd,markers:{show:!0,width:2,stroke:nu,fill:su,dash:"solid"},idx:null,idxs:null,values:[]};function ru(n,i){let e=n.cursor.points,t=vt(),s=e.size(n,i);$e(t,Mn,s),$e(t,Cn,s);let r=s/-2;$e(t,"marginLeft",r),$e(t,"marginTop",r);let a=e.width(n,i,s);return a&&$e(t,"borderWidth",a),t}function lu(n,i){let e=n.series[i].points;return e._fill||e._stroke}function au(n,i){let e=n.series[i].points;return e._stroke||e._fill}function cu(n,i){return n.series[i].points.size}var xo=[0,0];function du(n,i,e){return xo[0]=i,xo[1]=e,xo}function ys(n,i,e,t=!0){return s=>{s.button==0&&(!t||s.target==i)&&e(s)}}function So(n,i,e,t=!0){return s=>{(!t||s.target==i)&&e(s)}}var uu={show:!0,x:!0,y:!0,lock:!1,move:du,points:{one:!1,show:ru,size:cu,width:0,stroke:au,fill:lu},bind:{mousedown:ys,mouseup:ys,click:ys,dblclick:ys,mousemove:So,mouseleave:So,mouseenter:So},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(n,i)=>{i.stopPropagation(),i.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(n,i,e,t,s)=>t-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},ba={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Bo=Me({},ba,{filter:oa}),_a=Me({},Bo,{size:10}),wa=Me({},ba,{show:!1}),qo='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',$a="bold "+qo,xa=1.5,Fl={show:!0,scale:"x",stroke:Do,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:$a,side:2,grid:Bo,ticks:_a,border:wa,font:qo,lineGap:xa,rotate:0},pu="Value",hu="Time",Vl={show:!0,scale:"x",auto:!1,sorted:1,min:ge,max:-ge,idxs:[]};function fu(n,i,e,t,s){return i.map(r=>r==null?"":Fo(r))}function mu(n,i,e,t,s,r,a){let u=[],p=Jt.get(s)||0;e=a?e:ve(Es(e,s),p);for(let f=e;f<=t;f=ve(f+s,p))u.push(Object.is(f,-0)?0:f);return u}function Mo(n,i,e,t,s,r,a){let u=[],p=n.scales[n.axes[i].scale].log,f=p==10?Ft:ia,_=ct(f(e));s=Gi(p,_),p==10&&(s=gi[Et(s,gi)]);let m=e,y=s*p;p==10&&(y=gi[Et(y,gi)]);do u.push(m),m=m+s,p==10&&!Jt.has(m)&&(m=ve(m,Jt.get(s))),m>=y&&(s=m,y=s*p,p==10&&(y=gi[Et(y,gi)]));while(m<=t);return u}function gu(n,i,e,t,s,r,a){let p=n.scales[n.axes[i].scale].asinh,f=t>p?Mo(n,i,Je(p,e),t,s):[p],_=t>=0&&e<=0?[0]:[];return(e<-p?Mo(n,i,Je(p,-t),-e,s):[p]).reverse().map(y=>-y).concat(_,f)}var Sa=/./,vu=/[12357]/,yu=/[125]/,Ul=/1/,Co=(n,i,e,t)=>n.map((s,r)=>i==4&&s==0||r%t==0&&e.test(s.toExponential()[s<0?1:0])?s:null);function bu(n,i,e,t,s){let r=n.axes[e],a=r.scale,u=n.scales[a],p=n.valToPos,f=r._space,_=p(10,a),m=p(9,a)-_>=f?Sa:p(7,a)-_>=f?vu:p(5,a)-_>=f?yu:Ul;if(m==Ul){let y=Re(p(1,a)-_);if(y<f)return Co(i.slice().reverse(),u.distr,m,yt(f/y)).reverse()}return Co(i,u.distr,m,1)}function _u(n,i,e,t,s){let r=n.axes[e],a=r.scale,u=r._space,p=n.valToPos,f=Re(p(1,a)-p(2,a));return f<u?Co(i.slice().reverse(),3,Sa,yt(u/f)).reverse():i}function wu(n,i,e,t){return t==null?No:i==null?"":Fo(i)}var Wl={show:!0,scale:"y",stroke:Do,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:$a,side:3,grid:Bo,ticks:_a,border:wa,font:qo,lineGap:xa,rotate:0};function $u(n,i){let e=3+(n||1)*2;return ve(e*i,3)}function xu(n,i){let{scale:e,idxs:t}=n.series[0],s=n._data[0],r=n.valToPos(s[t[0]],e,!0),a=n.valToPos(s[t[1]],e,!0),u=Re(a-r),p=n.series[i],f=u/(p.points.space*ue);return t[1]-t[0]<=f}var Bl={scale:null,auto:!0,sorted:0,min:ge,max:-ge},Ea=(n,i,e,t,s)=>s,ql={show:!0,auto:!0,sorted:0,gaps:Ea,alpha:1,facets:[Me({},Bl,{scale:"x"}),Me({},Bl,{scale:"y"})]},jl={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ea,alpha:1,points:{show:xu,filter:null},values:null,min:ge,max:-ge,idxs:[],path:null,clip:null};function Su(n,i,e,t,s){return e/10}var ka={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Eu=Me({},ka,{time:!1,ori:1}),Gl={};function Aa(n,i){let e=Gl[n];return e||(e={key:n,plots:[],sub(t){e.plots.push(t)},unsub(t){e.plots=e.plots.filter(s=>s!=t)},pub(t,s,r,a,u,p,f){for(let _=0;_<e.plots.length;_++)e.plots[_]!=s&&e.plots[_].pub(t,s,r,a,u,p,f)}},n!=null&&(Gl[n]=e)),e}var Zi=1,Io=2;function _i(n,i,e){let t=n.mode,s=n.series[i],r=t==2?n._data[i]:n._data,a=n.scales,u=n.bbox,p=r[0],f=t==2?r[1]:r[i],_=t==2?a[s.facets[0].scale]:a[n.series[0].scale],m=t==2?a[s.facets[1].scale]:a[s.scale],y=u.left,T=u.top,M=u.width,H=u.height,V=n.valToPosH,W=n.valToPosV;return _.ori==0?e(s,p,f,_,m,V,W,y,T,M,H,Ts,Qi,Ms,Pa,Ca):e(s,p,f,_,m,W,V,T,y,H,M,Ps,Xi,Ko,Ma,Ia)}function jo(n,i){let e=0,t=0,s=ce(n.bands,Vo);for(let r=0;r<s.length;r++){let a=s[r];a.series[0]==i?e=a.dir:a.series[1]==i&&(a.dir==1?t|=1:t|=2)}return[e,t==1?-1:t==2?1:t==3?2:0]}function ku(n,i,e,t,s){let r=n.mode,a=n.series[i],u=r==2?a.facets[1].scale:a.scale,p=n.scales[u];return s==-1?p.min:s==1?p.max:p.distr==3?p.dir==1?p.min:p.max:0}function Vt(n,i,e,t,s,r){return _i(n,i,(a,u,p,f,_,m,y,T,M,H,V)=>{let W=a.pxRound,x=f.dir*(f.ori==0?1:-1),F=f.ori==0?Qi:Xi,E,J;x==1?(E=e,J=t):(E=t,J=e);let L=W(m(u[E],f,H,T)),ee=W(y(p[E],_,V,M)),K=W(m(u[J],f,H,T)),ne=W(y(r==1?_.max:_.min,_,V,M)),G=new Path2D(s);return F(G,K,ne),F(G,L,ne),F(G,L,ee),G})}function As(n,i,e,t,s,r){let a=null;if(n.length>0){a=new Path2D;let u=i==0?Ms:Ko,p=e;for(let m=0;m<n.length;m++){let y=n[m];if(y[1]>y[0]){let T=y[0]-p;T>0&&u(a,p,t,T,t+r),p=y[1]}}let f=e+s-p,_=10;f>0&&u(a,p,t-_/2,f,t+r+_)}return a}function Au(n,i,e){let t=n[n.length-1];t&&t[0]==i?t[1]=e:n.push([i,e])}function Go(n,i,e,t,s,r,a){let u=[],p=n.length;for(let f=s==1?e:t;f>=e&&f<=t;f+=s)if(i[f]===null){let m=f,y=f;if(s==1)for(;++f<=t&&i[f]===null;)y=f;else for(;--f>=e&&i[f]===null;)y=f;let T=r(n[m]),M=y==m?T:r(n[y]),H=m-s;T=a<=0&&H>=0&&H<p?r(n[H]):T;let W=y+s;M=a>=0&&W>=0&&W<p?r(n[W]):M,M>=T&&u.push([T,M])}return u}function Kl(n){return n==0?sa:n==1?Le:i=>mi(i,n)}function Ta(n){let i=n==0?Ts:Ps,e=n==0?(s,r,a,u,p,f)=>{s.arcTo(r,a,u,p,f)}:(s,r,a,u,p,f)=>{s.arcTo(a,r,p,u,f)},t=n==0?(s,r,a,u,p)=>{s.rect(r,a,u,p)}:(s,r,a,u,p)=>{s.rect(a,r,p,u)};return(s,r,a,u,p,f=0,_=0)=>{f==0&&_==0?t(s,r,a,u,p):(f=kt(f,u/2,p/2),_=kt(_,u/2,p/2),i(s,r+f,a),e(s,r+u,a,r+u,a+p,f),e(s,r+u,a+p,r,a+p,_),e(s,r,a+p,r,a,_),e(s,r,a,r+u,a,f),s.closePath())}}var Ts=(n,i,e)=>{n.moveTo(i,e)},Ps=(n,i,e)=>{n.moveTo(e,i)},Qi=(n,i,e)=>{n.lineTo(i,e)},Xi=(n,i,e)=>{n.lineTo(e,i)},Ms=Ta(0),Ko=Ta(1),Pa=(n,i,e,t,s,r)=>{n.arc(i,e,t,s,r)},Ma=(n,i,e,t,s,r)=>{n.arc(e,i,t,s,r)},Ca=(n,i,e,t,s,r,a)=>{n.bezierCurveTo(i,e,t,s,r,a)},Ia=(n,i,e,t,s,r,a)=>{n.bezierCurveTo(e,i,s,t,a,r)};function La(n){return(i,e,t,s,r)=>_i(i,e,(a,u,p,f,_,m,y,T,M,H,V)=>{let{pxRound:W,points:x}=a,F,E;f.ori==0?(F=Ts,E=Pa):(F=Ps,E=Ma);let J=ve(x.width*ue,3),L=(x.size-x.width)/2*ue,ee=ve(L*2,3),K=new Path2D,ne=new Path2D,{left:G,top:k,width:Z,height:R}=i.bbox;Ms(ne,G-ee,k-ee,Z+ee*2,R+ee*2);let q=O=>{if(p[O]!=null){let oe=W(m(u[O],f,H,T)),z=W(y(p[O],_,V,M));F(K,oe+L,z),E(K,oe,z,L,0,bs*2)}};if(r)r.forEach(q);else for(let O=t;O<=s;O++)q(O);return{stroke:J>0?K:null,fill:K,clip:ne,flags:Zi|Io}})}function Ra(n){return(i,e,t,s,r,a)=>{t!=s&&(r!=t&&a!=t&&n(i,e,t),r!=s&&a!=s&&n(i,e,s),n(i,e,a))}}var Tu=Ra(Qi),Pu=Ra(Xi);function Da(n){let i=ce(n?.alignGaps,0);return(e,t,s,r)=>_i(e,t,(a,u,p,f,_,m,y,T,M,H,V)=>{[s,r]=xs(p,s,r);let W=a.pxRound,x=R=>W(m(R,f,H,T)),F=R=>W(y(R,_,V,M)),E,J;f.ori==0?(E=Qi,J=Tu):(E=Xi,J=Pu);let L=f.dir*(f.ori==0?1:-1),ee={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Zi},K=ee.stroke,ne=!1;if(r-s>=H*4){let R=D=>e.posToVal(D,f.key,!0),q=null,O=null,oe,z,Qe,xe=x(u[L==1?s:r]),le=x(u[s]),fe=x(u[r]),te=R(L==1?le+1:fe-1);for(let D=L==1?s:r;D>=s&&D<=r;D+=L){let Ce=u[D],Se=(L==1?Ce<te:Ce>te)?xe:x(Ce),pe=p[D];Se==xe?pe!=null?(z=pe,q==null?(E(K,Se,F(z)),oe=q=O=z):z<q?q=z:z>O&&(O=z)):pe===null&&(ne=!0):(q!=null&&J(K,xe,F(q),F(O),F(oe),F(z)),pe!=null?(z=pe,E(K,Se,F(z)),q=O=oe=z):(q=O=null,pe===null&&(ne=!0)),xe=Se,te=R(xe+L))}q!=null&&q!=O&&Qe!=xe&&J(K,xe,F(q),F(O),F(oe),F(z))}else for(let R=L==1?s:r;R>=s&&R<=r;R+=L){let q=p[R];q===null?ne=!0:q!=null&&E(K,x(u[R]),F(q))}let[k,Z]=jo(e,t);if(a.fill!=null||k!=0){let R=ee.fill=new Path2D(K),q=a.fillTo(e,t,a.min,a.max,k),O=F(q),oe=x(u[s]),z=x(u[r]);L==-1&&([z,oe]=[oe,z]),E(R,z,O),E(R,oe,O)}if(!a.spanGaps){let R=[];ne&&R.push(...Go(u,p,s,r,L,x,i)),ee.gaps=R=a.gaps(e,t,s,r,R),ee.clip=As(R,f.ori,T,M,H,V)}return Z!=0&&(ee.band=Z==2?[Vt(e,t,s,r,K,-1),Vt(e,t,s,r,K,1)]:Vt(e,t,s,r,K,Z)),ee})}function Mu(n){let i=ce(n.align,1),e=ce(n.ascDesc,!1),t=ce(n.alignGaps,0),s=ce(n.extend,!1);return(r,a,u,p)=>_i(r,a,(f,_,m,y,T,M,H,V,W,x,F)=>{[u,p]=xs(m,u,p);let E=f.pxRound,{left:J,width:L}=r.bbox,ee=le=>E(M(le,y,x,V)),K=le=>E(H(le,T,F,W)),ne=y.ori==0?Qi:Xi,G={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Zi},k=G.stroke,Z=y.dir*(y.ori==0?1:-1),R=K(m[Z==1?u:p]),q=ee(_[Z==1?u:p]),O=q,oe=q;s&&i==-1&&(oe=J,ne(k,oe,R)),ne(k,q,R);for(let le=Z==1?u:p;le>=u&&le<=p;le+=Z){let fe=m[le];if(fe==null)continue;let te=ee(_[le]),D=K(fe);i==1?ne(k,te,R):ne(k,O,D),ne(k,te,D),R=D,O=te}let z=O;s&&i==1&&(z=J+L,ne(k,z,R));let[Qe,xe]=jo(r,a);if(f.fill!=null||Qe!=0){let le=G.fill=new Path2D(k),fe=f.fillTo(r,a,f.min,f.max,Qe),te=K(fe);ne(le,z,te),ne(le,oe,te)}if(!f.spanGaps){let le=[];le.push(...Go(_,m,u,p,Z,ee,t));let fe=f.width*ue/2,te=e||i==1?fe:-fe,D=e||i==-1?-fe:fe;le.forEach(Ce=>{Ce[0]+=te,Ce[1]+=D}),G.gaps=le=f.gaps(r,a,u,p,le),G.clip=As(le,y.ori,V,W,x,F)}return xe!=0&&(G.band=xe==2?[Vt(r,a,u,p,k,-1),Vt(r,a,u,p,k,1)]:Vt(r,a,u,p,k,xe)),G})}function Yl(n,i,e,t,s,r,a=ge){if(n.length>1){let u=null;for(let p=0,f=1/0;p<n.length;p++)if(i[p]!==void 0){if(u!=null){let _=Re(n[p]-n[u]);_<f&&(f=_,a=Re(e(n[p],t,s,r)-e(n[u],t,s,r)))}u=p}}return a}function Cu(n){n=n||Rn;let i=ce(n.size,[.6,ge,1]),e=n.align||0,t=n.gap||0,s=n.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let r=se(s),a=1-i[0],u=ce(i[1],ge),p=ce(i[2],1),f=ce(n.disp,Rn),_=ce(n.each,T=>{}),{fill:m,stroke:y}=f;return(T,M,H,V)=>_i(T,M,(W,x,F,E,J,L,ee,K,ne,G,k)=>{let Z=W.pxRound,R=e,q=t*ue,O=u*ue,oe=p*ue,z,Qe;E.ori==0?[z,Qe]=r(T,M):[Qe,z]=r(T,M);let xe=E.dir*(E.ori==0?1:-1),le=E.ori==0?Ms:Ko,fe=E.ori==0?_:(C,ye,Ie,Si,ei,Tt,ti)=>{_(C,ye,Ie,ei,Si,ti,Tt)},te=ce(T.bands,Vo).find(C=>C.series[0]==M),D=te!=null?te.dir:0,Ce=W.fillTo(T,M,W.min,W.max,D),qe=Z(ee(Ce,J,k,ne)),Se,pe,bt,it=G,ke=Z(W.width*ue),At=!1,Dt=null,ut=null,Ut=null,wi=null;m!=null&&(ke==0||y!=null)&&(At=!0,Dt=m.values(T,M,H,V),ut=new Map,new Set(Dt).forEach(C=>{C!=null&&ut.set(C,new Path2D)}),ke>0&&(Ut=y.values(T,M,H,V),wi=new Map,new Set(Ut).forEach(C=>{C!=null&&wi.set(C,new Path2D)})));let{x0:$i,size:en}=f;if($i!=null&&en!=null){R=1,x=$i.values(T,M,H,V),$i.unit==2&&(x=x.map(Ie=>T.posToVal(K+Ie*G,E.key,!0)));let C=en.values(T,M,H,V);en.unit==2?pe=C[0]*G:pe=L(C[0],E,G,K)-L(0,E,G,K),it=Yl(x,F,L,E,G,K,it),bt=it-pe+q}else it=Yl(x,F,L,E,G,K,it),bt=it*a+q,pe=it-bt;bt<1&&(bt=0),ke>=pe/2&&(ke=0),bt<5&&(Z=sa);let Hn=bt>0,Qt=it-bt-(Hn?ke:0);pe=Z(Po(Qt,oe,O)),Se=(R==0?pe/2:R==xe?0:pe)-R*xe*((R==0?q/2:0)+(Hn?ke/2:0));let je={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},xi=At?null:new Path2D,Nt=null;if(te!=null)Nt=T.data[te.series[1]];else{let{y0:C,y1:ye}=f;C!=null&&ye!=null&&(F=ye.values(T,M,H,V),Nt=C.values(T,M,H,V))}let Xt=z*pe,Y=Qe*pe;for(let C=xe==1?H:V;C>=H&&C<=V;C+=xe){let ye=F[C];if(ye==null)continue;if(Nt!=null){let Xe=Nt[C]??0;if(ye-Xe==0)continue;qe=ee(Xe,J,k,ne)}let Ie=E.distr!=2||f!=null?x[C]:C,Si=L(Ie,E,G,K),ei=ee(ce(ye,Ce),J,k,ne),Tt=Z(Si-Se),ti=Z(Je(ei,qe)),nt=Z(kt(ei,qe)),pt=ti-nt;if(ye!=null){let Xe=ye<0?Y:Xt,_t=ye<0?Xt:Y;At?(ke>0&&Ut[C]!=null&&le(wi.get(Ut[C]),Tt,nt+ct(ke/2),pe,Je(0,pt-ke),Xe,_t),Dt[C]!=null&&le(ut.get(Dt[C]),Tt,nt+ct(ke/2),pe,Je(0,pt-ke),Xe,_t)):le(xi,Tt,nt+ct(ke/2),pe,Je(0,pt-ke),Xe,_t),fe(T,M,C,Tt-ke/2,nt,pe+ke,pt)}}return ke>0?je.stroke=At?wi:xi:At||(je._fill=W.width==0?W._fill:W._stroke??W._fill,je.width=0),je.fill=At?ut:xi,je})}function Iu(n,i){let e=ce(i?.alignGaps,0);return(t,s,r,a)=>_i(t,s,(u,p,f,_,m,y,T,M,H,V,W)=>{[r,a]=xs(f,r,a);let x=u.pxRound,F=z=>x(y(z,_,V,M)),E=z=>x(T(z,m,W,H)),J,L,ee;_.ori==0?(J=Ts,ee=Qi,L=Ca):(J=Ps,ee=Xi,L=Ia);let K=_.dir*(_.ori==0?1:-1),ne=F(p[K==1?r:a]),G=ne,k=[],Z=[];for(let z=K==1?r:a;z>=r&&z<=a;z+=K)if(f[z]!=null){let xe=p[z],le=F(xe);k.push(G=le),Z.push(E(f[z]))}let R={stroke:n(k,Z,J,ee,L,x),fill:null,clip:null,band:null,gaps:null,flags:Zi},q=R.stroke,[O,oe]=jo(t,s);if(u.fill!=null||O!=0){let z=R.fill=new Path2D(q),Qe=u.fillTo(t,s,u.min,u.max,O),xe=E(Qe);ee(z,G,xe),ee(z,ne,xe)}if(!u.spanGaps){let z=[];z.push(...Go(p,f,r,a,K,F,e)),R.gaps=z=u.gaps(t,s,r,a,z),R.clip=As(z,_.ori,M,H,V,W)}return oe!=0&&(R.band=oe==2?[Vt(t,s,r,a,q,-1),Vt(t,s,r,a,q,1)]:Vt(t,s,r,a,q,oe)),R})}function Lu(n){return Iu(Ru,n)}function Ru(n,i,e,t,s,r){let a=n.length;if(a<2)return null;let u=new Path2D;if(e(u,n[0],i[0]),a==2)t(u,n[1],i[1]);else{let p=Array(a),f=Array(a-1),_=Array(a-1),m=Array(a-1);for(let y=0;y<a-1;y++)_[y]=i[y+1]-i[y],m[y]=n[y+1]-n[y],f[y]=_[y]/m[y];p[0]=f[0];for(let y=1;y<a-1;y++)f[y]===0||f[y-1]===0||f[y-1]>0!=f[y]>0?p[y]=0:(p[y]=3*(m[y-1]+m[y])/((2*m[y]+m[y-1])/f[y-1]+(m[y]+2*m[y-1])/f[y]),isFinite(p[y])||(p[y]=0));p[a-1]=f[a-2];for(let y=0;y<a-1;y++)s(u,n[y]+m[y]/3,i[y]+p[y]*m[y]/3,n[y+1]-m[y]/3,i[y+1]-p[y+1]*m[y]/3,n[y+1],i[y+1])}return u}var Lo=new Set;function Zl(){for(let n of Lo)n.syncRect(!0)}Ji&&(yi(fd,ji,Zl),yi(md,ji,Zl,!0),yi(_s,ji,()=>{We.pxRatio=ue}));var Du=Da(),Nu=La();function Jl(n,i,e,t){return(t?[n[0],n[1]].concat(n.slice(2)):[n[0]].concat(n.slice(1))).map((r,a)=>Ro(r,a,i,e))}function zu(n,i){return n.map((e,t)=>t==0?{}:Me({},i,e))}function Ro(n,i,e,t){return Me({},i==0?e:t,n)}function Na(n,i,e){return i==null?Ki:[i,e]}var Ou=Na;function Hu(n,i,e){return i==null?Ki:ws(i,e,Ho,!0)}function za(n,i,e,t){return i==null?Ki:Ss(i,e,n.scales[t].log,!1)}var Fu=za;function Oa(n,i,e,t){return i==null?Ki:Oo(i,e,n.scales[t].log,!1)}var Vu=Oa;function Uu(n,i,e,t,s){let r=Je(Pl(n),Pl(i)),a=i-n,u=Et(s/t*a,e);do{let p=e[u],f=t*p/a;if(f>=s&&r+(p<5?Jt.get(p):0)<=17)return[p,f]}while(++u<e.length);return[0,0]}function Ql(n){let i,e;return n=n.replace(/(\d+)px/,(t,s)=>(i=Le((e=+s)*ue))+"px"),[n,i,e]}function Wu(n){n.show&&[n.font,n.labelFont].forEach(i=>{let e=ve(i[2]*ue,1);i[0]=i[0].replace(/[0-9.]+px/,e+"px"),i[1]=e})}function We(n,i,e){let t={mode:ce(n.mode,1)},s=t.mode;function r(o,l,c,d){let h=l.valToPct(o);return d+c*(l.dir==-1?1-h:h)}function a(o,l,c,d){let h=l.valToPct(o);return d+c*(l.dir==-1?h:1-h)}function u(o,l,c,d){return l.ori==0?r(o,l,c,d):a(o,l,c,d)}t.valToPosH=r,t.valToPosV=a;let p=!1;t.status=0;let f=t.root=vt(Zc);if(n.id!=null&&(f.id=n.id),at(f,n.class),n.title){let o=vt(Xc,f);o.textContent=n.title}let _=St("canvas"),m=t.ctx=_.getContext("2d"),y=vt(ed,f);yi("click",y,o=>{o.target===M&&(be!=Di||Ee!=Ni)&&Ue.click(t,o)},!0);let T=t.under=vt(td,y);y.appendChild(_);let M=t.over=vt(id,y);n=Yi(n);let H=+ce(n.pxAlign,1),V=Kl(H);(n.plugins||[]).forEach(o=>{o.opts&&(n=o.opts(t,n)||n)});let W=n.ms||.001,x=t.series=s==1?Jl(n.series||[],Vl,jl,!1):zu(n.series||[null],ql),F=t.axes=Jl(n.axes||[],Fl,Wl,!0),E=t.scales={},J=t.bands=n.bands||[];J.forEach(o=>{o.fill=se(o.fill||null),o.dir=ce(o.dir,-1)});let L=s==2?x[1].facets[0].scale:x[0].scale,ee={axes:lc,series:ic},K=(n.drawOrder||["axes","series"]).map(o=>ee[o]);function ne(o){let l=o.distr==3?c=>Ft(c>0?c:o.clamp(t,c,o.min,o.max,o.key)):o.distr==4?c=>wo(c,o.asinh):o.distr==100?c=>o.fwd(c):c=>c;return c=>{let d=l(c),{_min:h,_max:g}=o,b=g-h;return(d-h)/b}}function G(o){let l=E[o];if(l==null){let c=(n.scales||Rn)[o]||Rn;if(c.from!=null){G(c.from);let d=Me({},E[c.from],c,{key:o});d.valToPct=ne(d),E[o]=d}else{l=E[o]=Me({},o==L?ka:Eu,c),l.key=o;let d=l.time,h=l.range,g=Zt(h);if((o!=L||s==2&&!d)&&(g&&(h[0]==null||h[1]==null)&&(h={min:h[0]==null?kl:{mode:1,hard:h[0],soft:h[0]},max:h[1]==null?kl:{mode:1,hard:h[1],soft:h[1]}},g=!1),!g&&ks(h))){let b=h;h=(w,$,A)=>$==null?Ki:ws($,A,b)}l.range=se(h||(d?Ou:o==L?l.distr==3?Fu:l.distr==4?Vu:Na:l.distr==3?za:l.distr==4?Oa:Hu)),l.auto=se(g?!1:l.auto),l.clamp=se(l.clamp||Su),l._min=l._max=null,l.valToPct=ne(l)}}}G("x"),G("y"),s==1&&x.forEach(o=>{G(o.scale)}),F.forEach(o=>{G(o.scale)});for(let o in n.scales)G(o);let k=E[L],Z=k.distr,R,q;k.ori==0?(at(f,Jc),R=r,q=a):(at(f,Qc),R=a,q=r);let O={};for(let o in E){let l=E[o];(l.min!=null||l.max!=null)&&(O[o]={min:l.min,max:l.max},l.min=l.max=null)}let oe=n.tzDate||(o=>new Date(Le(o/W))),z=n.fmtDate||Uo,Qe=W==1?Jd(oe):eu(oe),xe=zl(oe,Nl(W==1?Zd:Xd,z)),le=Hl(oe,Ol(iu,z)),fe=[],te=t.legend=Me({},ou,n.legend),D=t.cursor=Me({},uu,{drag:{y:s==2}},n.cursor),Ce=te.show,qe=D.show,Se=te.markers;te.idxs=fe,Se.width=se(Se.width),Se.dash=se(Se.dash),Se.stroke=se(Se.stroke),Se.fill=se(Se.fill);let pe,bt,it,ke=[],At=[],Dt,ut=!1,Ut={};if(te.live){let o=x[1]?x[1].values:null;ut=o!=null,Dt=ut?o(t,1,0):{_:0};for(let l in Dt)Ut[l]=No}if(Ce)if(pe=St("table",ad,f),it=St("tbody",null,pe),te.mount(t,pe),ut){bt=St("thead",null,pe,it);let o=St("tr",null,bt);St("th",null,o);for(var wi in Dt)St("th",hl,o).textContent=wi}else at(pe,dd),te.live&&at(pe,cd);let $i={show:!0},en={show:!1};function Hn(o,l){if(l==0&&(ut||!te.live||s==2))return Ki;let c=[],d=St("tr",ud,it,it.childNodes[l]);at(d,o.class),o.show||at(d,vi);let h=St("th",null,d);if(Se.show){let w=vt(pd,h);if(l>0){let $=Se.width(t,l);$&&(w.style.border=$+"px "+Se.dash(t,l)+" "+Se.stroke(t,l)),w.style.background=Se.fill(t,l)}}let g=vt(hl,h);o.label instanceof HTMLElement?g.appendChild(o.label):g.textContent=o.label,l>0&&(Se.show||(g.style.color=o.width>0?Se.stroke(t,l):Se.fill(t,l)),je("click",h,w=>{if(D._lock)return;ni(w);let $=x.indexOf(o);if((w.ctrlKey||w.metaKey)!=te.isolate){let A=x.some((P,I)=>I>0&&I!=$&&P.show);x.forEach((P,I)=>{I>0&&Mt(I,A?I==$?$i:en:$i,!0,Pe.setSeries)})}else Mt($,{show:!o.show},!0,Pe.setSeries)},!1),ki&&je(vl,h,w=>{D._lock||(ni(w),Mt(x.indexOf(o),Oi,!0,Pe.setSeries))},!1));for(var b in Dt){let w=St("td",hd,d);w.textContent="--",c.push(w)}return[d,c]}let Qt=new Map;function je(o,l,c,d=!0){let h=Qt.get(l)||{},g=D.bind[o](t,l,c,d);g&&(yi(o,l,h[o]=g),Qt.set(l,h))}function xi(o,l,c){let d=Qt.get(l)||{};for(let h in d)(o==null||h==o)&&(To(h,l,d[h]),delete d[h]);o==null&&Qt.delete(l)}let Nt=0,Xt=0,Y=0,C=0,ye=0,Ie=0,Si=ye,ei=Ie,Tt=Y,ti=C,nt=0,pt=0,Xe=0,_t=0;t.bbox={};let Ls=!1,Fn=!1,Ei=!1,ii=!1,Vn=!1,ht=!1;function Rs(o,l,c){(c||o!=t.width||l!=t.height)&&or(o,l),Ci(!1),Ei=!0,Fn=!0,Ii()}function or(o,l){t.width=Nt=Y=o,t.height=Xt=C=l,ye=Ie=0,Ya(),Za();let c=t.bbox;nt=c.left=mi(ye*ue,.5),pt=c.top=mi(Ie*ue,.5),Xe=c.width=mi(Y*ue,.5),_t=c.height=mi(C*ue,.5)}let ja=3;function Ga(){let o=!1,l=0;for(;!o;){l++;let c=oc(l),d=rc(l);o=l==ja||c&&d,o||(or(t.width,t.height),Fn=!0)}}function Ka({width:o,height:l}){Rs(o,l)}t.setSize=Ka;function Ya(){let o=!1,l=!1,c=!1,d=!1;F.forEach((h,g)=>{if(h.show&&h._show){let{side:b,_size:w}=h,$=b%2,A=h.label!=null?h.labelSize:0,P=w+A;P>0&&($?(Y-=P,b==3?(ye+=P,d=!0):c=!0):(C-=P,b==0?(Ie+=P,o=!0):l=!0))}}),si[0]=o,si[1]=c,si[2]=l,si[3]=d,Y-=Wt[1]+Wt[3],ye+=Wt[3],C-=Wt[2]+Wt[0],Ie+=Wt[0]}function Za(){let o=ye+Y,l=Ie+C,c=ye,d=Ie;function h(g,b){switch(g){case 1:return o+=b,o-b;case 2:return l+=b,l-b;case 3:return c-=b,c+b;case 0:return d-=b,d+b}}F.forEach((g,b)=>{if(g.show&&g._show){let w=g.side;g._pos=h(w,g._size),g.label!=null&&(g._lpos=h(w,g.labelSize))}})}if(D.dataIdx==null){let o=D.hover,l=o.skip=new Set(o.skip??[]);l.add(void 0);let c=o.prox=se(o.prox),d=o.bias??=0;D.dataIdx=(h,g,b,w)=>{if(g==0)return b;let $=b,A=c(h,g,b,w)??ge,P=A>=0&&A<ge,I=k.ori==0?Y:C,j=D.left,de=i[0],ae=i[g];if(l.has(ae[b])){$=null;let ie=null,U=null,N;if(d==0||d==-1)for(N=b;ie==null&&N-- >0;)l.has(ae[N])||(ie=N);if(d==0||d==1)for(N=b;U==null&&N++<ae.length;)l.has(ae[N])||(U=N);if(ie!=null||U!=null)if(P){let we=ie==null?-1/0:R(de[ie],k,I,0),Ae=U==null?1/0:R(de[U],k,I,0),Fe=j-we,me=Ae-j;Fe<=me?Fe<=A&&($=ie):me<=A&&($=U)}else $=U==null?ie:ie==null?U:b-ie<=U-b?ie:U}else P&&Re(j-R(de[b],k,I,0))>A&&($=null);return $}}let ni=o=>{D.event=o};D.idxs=fe,D._lock=!1;let Be=D.points;Be.show=se(Be.show),Be.size=se(Be.size),Be.stroke=se(Be.stroke),Be.width=se(Be.width),Be.fill=se(Be.fill);let Pt=t.focus=Me({},n.focus||{alpha:.3},D.focus),ki=Pt.prox>=0,Ai=ki&&Be.one,ft=[],Ti=[],Pi=[];function rr(o,l){let c=Be.show(t,l);if(c instanceof HTMLElement)return at(c,ld),at(c,o.class),Rt(c,-10,-10,Y,C),M.insertBefore(c,ft[l]),c}function lr(o,l){if(s==1||l>0){let c=s==1&&E[o.scale].time,d=o.value;o.value=c?Il(d)?Hl(oe,Ol(d,z)):d||le:d||wu,o.label=o.label||(c?hu:pu)}if(Ai||l>0){o.width=o.width==null?1:o.width,o.paths=o.paths||Du||Ed,o.fillTo=se(o.fillTo||ku),o.pxAlign=+ce(o.pxAlign,H),o.pxRound=Kl(o.pxAlign),o.stroke=se(o.stroke||null),o.fill=se(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let c=$u(Je(1,o.width),1),d=o.points=Me({},{size:c,width:Je(1,c*.2),stroke:o.stroke,space:c*2,paths:Nu,_stroke:null,_fill:null},o.points);d.show=se(d.show),d.filter=se(d.filter),d.fill=se(d.fill),d.stroke=se(d.stroke),d.paths=se(d.paths),d.pxAlign=o.pxAlign}if(Ce){let c=Hn(o,l);ke.splice(l,0,c[0]),At.splice(l,0,c[1]),te.values.push(null)}if(qe){fe.splice(l,0,null);let c=null;Ai?l==0&&(c=rr(o,l)):l>0&&(c=rr(o,l)),ft.splice(l,0,c),Ti.splice(l,0,0),Pi.splice(l,0,0)}He("addSeries",l)}function Ja(o,l){l=l??x.length,o=s==1?Ro(o,l,Vl,jl):Ro(o,l,{},ql),x.splice(l,0,o),lr(x[l],l)}t.addSeries=Ja;function Qa(o){if(x.splice(o,1),Ce){te.values.splice(o,1),At.splice(o,1);let l=ke.splice(o,1)[0];xi(null,l.firstChild),l.remove()}qe&&(fe.splice(o,1),ft.splice(o,1)[0].remove(),Ti.splice(o,1),Pi.splice(o,1)),He("delSeries",o)}t.delSeries=Qa;let si=[!1,!1,!1,!1];function Xa(o,l){if(o._show=o.show,o.show){let c=o.side%2,d=E[o.scale];d==null&&(o.scale=c?x[1].scale:L,d=E[o.scale]);let h=d.time;o.size=se(o.size),o.space=se(o.space),o.rotate=se(o.rotate),Zt(o.incrs)&&o.incrs.forEach(b=>{!Jt.has(b)&&Jt.set(b,la(b))}),o.incrs=se(o.incrs||(d.distr==2?Gd:h?W==1?Yd:Qd:gi)),o.splits=se(o.splits||(h&&d.distr==1?Qe:d.distr==3?Mo:d.distr==4?gu:mu)),o.stroke=se(o.stroke),o.grid.stroke=se(o.grid.stroke),o.ticks.stroke=se(o.ticks.stroke),o.border.stroke=se(o.border.stroke);let g=o.values;o.values=Zt(g)&&!Zt(g[0])?se(g):h?Zt(g)?zl(oe,Nl(g,z)):Il(g)?tu(oe,g):g||xe:g||fu,o.filter=se(o.filter||(d.distr>=3&&d.log==10?bu:d.distr==3&&d.log==2?_u:oa)),o.font=Ql(o.font),o.labelFont=Ql(o.labelFont),o._size=o.size(t,null,l,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(si[l]=!0,o._el=vt(nd,y))}}function tn(o,l,c,d){let[h,g,b,w]=c,$=l%2,A=0;return $==0&&(w||g)&&(A=l==0&&!h||l==2&&!b?Le(Fl.size/3):0),$==1&&(h||b)&&(A=l==1&&!g||l==3&&!w?Le(Wl.size/2):0),A}let ar=t.padding=(n.padding||[tn,tn,tn,tn]).map(o=>se(ce(o,tn))),Wt=t._padding=ar.map((o,l)=>o(t,l,si,0)),Ve,De=null,Ne=null,Un=s==1?x[0].idxs:null,wt=null,nn=!1;function cr(o,l){if(i=o??[],t.data=t._data=i,s==2){Ve=0;for(let c=1;c<x.length;c++)Ve+=i[c][0].length}else{i.length==0&&(t.data=t._data=i=[[]]),wt=i[0],Ve=wt.length;let c=i;if(Z==2){c=i.slice();let d=c[0]=Array(Ve);for(let h=0;h<Ve;h++)d[h]=h}t._data=i=c}if(Ci(!0),He("setData"),Z==2&&(Ei=!0),l!==!1){let c=k;c.auto(t,nn)?Ds():qt(L,c.min,c.max),ii=ii||D.left>=0,ht=!0,Ii()}}t.setData=cr;function Ds(){nn=!0;let o,l;s==1&&(Ve>0?(De=Un[0]=0,Ne=Un[1]=Ve-1,o=i[0][De],l=i[0][Ne],Z==2?(o=De,l=Ne):o==l&&(Z==3?[o,l]=Ss(o,o,k.log,!1):Z==4?[o,l]=Oo(o,o,k.log,!1):k.time?l=o+Le(86400/W):[o,l]=ws(o,l,Ho,!0))):(De=Un[0]=o=null,Ne=Un[1]=l=null)),qt(L,o,l)}let Wn,Mi,Ns,zs,Os,Hs,Fs,Vs,Us,et;function dr(o,l,c,d,h,g){o??=ml,c??=Vo,d??="butt",h??=ml,g??="round",o!=Wn&&(m.strokeStyle=Wn=o),h!=Mi&&(m.fillStyle=Mi=h),l!=Ns&&(m.lineWidth=Ns=l),g!=Os&&(m.lineJoin=Os=g),d!=Hs&&(m.lineCap=Hs=d),c!=zs&&m.setLineDash(zs=c)}function ur(o,l,c,d){l!=Mi&&(m.fillStyle=Mi=l),o!=Fs&&(m.font=Fs=o),c!=Vs&&(m.textAlign=Vs=c),d!=Us&&(m.textBaseline=Us=d)}function Ws(o,l,c,d,h=0){if(d.length>0&&o.auto(t,nn)&&(l==null||l.min==null)){let g=ce(De,0),b=ce(Ne,d.length-1),w=c.min==null?bd(d,g,b,h,o.distr==3):[c.min,c.max];o.min=kt(o.min,c.min=w[0]),o.max=Je(o.max,c.max=w[1])}}let pr={min:null,max:null};function ec(){for(let d in E){let h=E[d];O[d]==null&&(h.min==null||O[L]!=null&&h.auto(t,nn))&&(O[d]=pr)}for(let d in E){let h=E[d];O[d]==null&&h.from!=null&&O[h.from]!=null&&(O[d]=pr)}O[L]!=null&&Ci(!0);let o={};for(let d in O){let h=O[d];if(h!=null){let g=o[d]=Yi(E[d],Td);if(h.min!=null)Me(g,h);else if(d!=L||s==2)if(Ve==0&&g.from==null){let b=g.range(t,null,null,d);g.min=b[0],g.max=b[1]}else g.min=ge,g.max=-ge}}if(Ve>0){x.forEach((d,h)=>{if(s==1){let g=d.scale,b=O[g];if(b==null)return;let w=o[g];if(h==0){let $=w.range(t,w.min,w.max,g);w.min=$[0],w.max=$[1],De=Et(w.min,i[0]),Ne=Et(w.max,i[0]),Ne-De>1&&(i[0][De]<w.min&&De++,i[0][Ne]>w.max&&Ne--),d.min=wt[De],d.max=wt[Ne]}else d.show&&d.auto&&Ws(w,b,d,i[h],d.sorted);d.idxs[0]=De,d.idxs[1]=Ne}else if(h>0&&d.show&&d.auto){let[g,b]=d.facets,w=g.scale,$=b.scale,[A,P]=i[h],I=o[w],j=o[$];I!=null&&Ws(I,O[w],g,A,g.sorted),j!=null&&Ws(j,O[$],b,P,b.sorted),d.min=b.min,d.max=b.max}});for(let d in o){let h=o[d],g=O[d];if(h.from==null&&(g==null||g.min==null)){let b=h.range(t,h.min==ge?null:h.min,h.max==-ge?null:h.max,d);h.min=b[0],h.max=b[1]}}}for(let d in o){let h=o[d];if(h.from!=null){let g=o[h.from];if(g.min==null)h.min=h.max=null;else{let b=h.range(t,g.min,g.max,d);h.min=b[0],h.max=b[1]}}}let l={},c=!1;for(let d in o){let h=o[d],g=E[d];if(g.min!=h.min||g.max!=h.max){g.min=h.min,g.max=h.max;let b=g.distr;g._min=b==3?Ft(g.min):b==4?wo(g.min,g.asinh):b==100?g.fwd(g.min):g.min,g._max=b==3?Ft(g.max):b==4?wo(g.max,g.asinh):b==100?g.fwd(g.max):g.max,l[d]=c=!0}}if(c){x.forEach((d,h)=>{s==2?h>0&&l.y&&(d._paths=null):l[d.scale]&&(d._paths=null)});for(let d in l)Ei=!0,He("setScale",d);qe&&D.left>=0&&(ii=ht=!0)}for(let d in O)O[d]=null}function tc(o){let l=Po(De-1,0,Ve-1),c=Po(Ne+1,0,Ve-1);for(;o[l]==null&&l>0;)l--;for(;o[c]==null&&c<Ve-1;)c++;return[l,c]}function ic(){if(Ve>0){let o=x.some(l=>l._focus)&&et!=Pt.alpha;o&&(m.globalAlpha=et=Pt.alpha),x.forEach((l,c)=>{if(c>0&&l.show&&(hr(c,!1),hr(c,!0),l._paths==null)){let d=et;et!=l.alpha&&(m.globalAlpha=et=l.alpha);let h=s==2?[0,i[c][0].length-1]:tc(i[c]);l._paths=l.paths(t,c,h[0],h[1]),et!=d&&(m.globalAlpha=et=d)}}),x.forEach((l,c)=>{if(c>0&&l.show){let d=et;et!=l.alpha&&(m.globalAlpha=et=l.alpha),l._paths!=null&&fr(c,!1);{let h=l._paths!=null?l._paths.gaps:null,g=l.points.show(t,c,De,Ne,h),b=l.points.filter(t,c,g,h);(g||b)&&(l.points._paths=l.points.paths(t,c,De,Ne,b),fr(c,!0))}et!=d&&(m.globalAlpha=et=d),He("drawSeries",c)}}),o&&(m.globalAlpha=et=1)}}function hr(o,l){let c=l?x[o].points:x[o];c._stroke=c.stroke(t,o),c._fill=c.fill(t,o)}function fr(o,l){let c=l?x[o].points:x[o],{stroke:d,fill:h,clip:g,flags:b,_stroke:w=c._stroke,_fill:$=c._fill,_width:A=c.width}=c._paths;A=ve(A*ue,3);let P=null,I=A%2/2;l&&$==null&&($=A>0?"#fff":w);let j=c.pxAlign==1&&I>0;if(j&&m.translate(I,I),!l){let de=nt-A/2,ae=pt-A/2,ie=Xe+A,U=_t+A;P=new Path2D,P.rect(de,ae,ie,U)}l?Bs(w,A,c.dash,c.cap,$,d,h,b,g):nc(o,w,A,c.dash,c.cap,$,d,h,b,P,g),j&&m.translate(-I,-I)}function nc(o,l,c,d,h,g,b,w,$,A,P){let I=!1;$!=0&&J.forEach((j,de)=>{if(j.series[0]==o){let ae=x[j.series[1]],ie=i[j.series[1]],U=(ae._paths||Rn).band;Zt(U)&&(U=j.dir==1?U[0]:U[1]);let N,we=null;ae.show&&U&&wd(ie,De,Ne)?(we=j.fill(t,de)||g,N=ae._paths.clip):U=null,Bs(l,c,d,h,we,b,w,$,A,P,N,U),I=!0}}),I||Bs(l,c,d,h,g,b,w,$,A,P)}let mr=Zi|Io;function Bs(o,l,c,d,h,g,b,w,$,A,P,I){dr(o,l,c,d,h),($||A||I)&&(m.save(),$&&m.clip($),A&&m.clip(A)),I?(w&mr)==mr?(m.clip(I),P&&m.clip(P),qn(h,b),Bn(o,g,l)):w&Io?(qn(h,b),m.clip(I),Bn(o,g,l)):w&Zi&&(m.save(),m.clip(I),P&&m.clip(P),qn(h,b),m.restore(),Bn(o,g,l)):(qn(h,b),Bn(o,g,l)),($||A||I)&&m.restore()}function Bn(o,l,c){c>0&&(l instanceof Map?l.forEach((d,h)=>{m.strokeStyle=Wn=h,m.stroke(d)}):l!=null&&o&&m.stroke(l))}function qn(o,l){l instanceof Map?l.forEach((c,d)=>{m.fillStyle=Mi=d,m.fill(c)}):l!=null&&o&&m.fill(l)}function sc(o,l,c,d){let h=F[o],g;if(d<=0)g=[0,0];else{let b=h._space=h.space(t,o,l,c,d),w=h._incrs=h.incrs(t,o,l,c,d,b);g=Uu(l,c,w,d,b)}return h._found=g}function qs(o,l,c,d,h,g,b,w,$,A){let P=b%2/2;H==1&&m.translate(P,P),dr(w,b,$,A,w),m.beginPath();let I,j,de,ae,ie=h+(d==0||d==3?-g:g);c==0?(j=h,ae=ie):(I=h,de=ie);for(let U=0;U<o.length;U++)l[U]!=null&&(c==0?I=de=o[U]:j=ae=o[U],m.moveTo(I,j),m.lineTo(de,ae));m.stroke(),H==1&&m.translate(-P,-P)}function oc(o){let l=!0;return F.forEach((c,d)=>{if(!c.show)return;let h=E[c.scale];if(h.min==null){c._show&&(l=!1,c._show=!1,Ci(!1));return}else c._show||(l=!1,c._show=!0,Ci(!1));let g=c.side,b=g%2,{min:w,max:$}=h,[A,P]=sc(d,w,$,b==0?Y:C);if(P==0)return;let I=h.distr==2,j=c._splits=c.splits(t,d,w,$,A,P,I),de=h.distr==2?j.map(N=>wt[N]):j,ae=h.distr==2?wt[j[1]]-wt[j[0]]:A,ie=c._values=c.values(t,c.filter(t,de,d,P,ae),d,P,ae);c._rotate=g==2?c.rotate(t,ie,d,P):0;let U=c._size;c._size=yt(c.size(t,ie,d,o)),U!=null&&c._size!=U&&(l=!1)}),l}function rc(o){let l=!0;return ar.forEach((c,d)=>{let h=c(t,d,si,o);h!=Wt[d]&&(l=!1),Wt[d]=h}),l}function lc(){for(let o=0;o<F.length;o++){let l=F[o];if(!l.show||!l._show)continue;let c=l.side,d=c%2,h,g,b=l.stroke(t,o),w=c==0||c==3?-1:1,[$,A]=l._found;if(l.label!=null){let Ke=l.labelGap*w,rt=Le((l._lpos+Ke)*ue);ur(l.labelFont[0],b,"center",c==2?"top":fl),m.save(),d==1?(h=g=0,m.translate(rt,Le(pt+_t/2)),m.rotate((c==3?-bs:bs)/2)):(h=Le(nt+Xe/2),g=rt);let li=na(l.label)?l.label(t,o,$,A):l.label;m.fillText(li,h,g),m.restore()}if(A==0)continue;let P=E[l.scale],I=d==0?Xe:_t,j=d==0?nt:pt,de=l._splits,ae=P.distr==2?de.map(Ke=>wt[Ke]):de,ie=P.distr==2?wt[de[1]]-wt[de[0]]:$,U=l.ticks,N=l.border,we=U.show?U.size:0,Ae=Le(we*ue),Fe=Le((l.alignTo==2?l._size-we-l.gap:l.gap)*ue),me=l._rotate*-bs/180,Te=V(l._pos*ue),st=(Ae+Fe)*w,Ge=Te+st;g=d==0?Ge:0,h=d==1?Ge:0;let mt=l.font[0],$t=l.align==1?Bi:l.align==2?yo:me>0?Bi:me<0?yo:d==0?"center":c==3?yo:Bi,It=me||d==1?"middle":c==2?"top":fl;ur(mt,b,$t,It);let ot=l.font[1]*l.lineGap,gt=de.map(Ke=>V(u(Ke,P,I,j))),xt=l._values;for(let Ke=0;Ke<xt.length;Ke++){let rt=xt[Ke];if(rt!=null){d==0?h=gt[Ke]:g=gt[Ke],rt=""+rt;let li=rt.indexOf(`
`)==-1?[rt]:rt.split(/\n/gm);for(let Ye=0;Ye<li.length;Ye++){let Rr=li[Ye];me?(m.save(),m.translate(h,g+Ye*ot),m.rotate(me),m.fillText(Rr,0,0),m.restore()):m.fillText(Rr,h,g+Ye*ot)}}}U.show&&qs(gt,U.filter(t,ae,o,A,ie),d,c,Te,Ae,ve(U.width*ue,3),U.stroke(t,o),U.dash,U.cap);let Lt=l.grid;Lt.show&&qs(gt,Lt.filter(t,ae,o,A,ie),d,d==0?2:1,d==0?pt:nt,d==0?_t:Xe,ve(Lt.width*ue,3),Lt.stroke(t,o),Lt.dash,Lt.cap),N.show&&qs([Te],[1],d==0?1:0,d==0?1:2,d==1?pt:nt,d==1?_t:Xe,ve(N.width*ue,3),N.stroke(t,o),N.dash,N.cap)}He("drawAxes")}function Ci(o){x.forEach((l,c)=>{c>0&&(l._paths=null,o&&(s==1?(l.min=null,l.max=null):l.facets.forEach(d=>{d.min=null,d.max=null})))})}let jn=!1,js=!1,sn=[];function ac(){js=!1;for(let o=0;o<sn.length;o++)He(...sn[o]);sn.length=0}function Ii(){jn||(Dd(gr),jn=!0)}function cc(o,l=!1){jn=!0,js=l,o(t),gr(),l&&sn.length>0&&queueMicrotask(ac)}t.batch=cc;function gr(){if(Ls&&(ec(),Ls=!1),Ei&&(Ga(),Ei=!1),Fn){if($e(T,Bi,ye),$e(T,"top",Ie),$e(T,Mn,Y),$e(T,Cn,C),$e(M,Bi,ye),$e(M,"top",Ie),$e(M,Mn,Y),$e(M,Cn,C),$e(y,Mn,Nt),$e(y,Cn,Xt),_.width=Le(Nt*ue),_.height=Le(Xt*ue),F.forEach(({_el:o,_show:l,_size:c,_pos:d,side:h})=>{if(o!=null)if(l){let g=h===3||h===0?c:0,b=h%2==1;$e(o,b?"left":"top",d-g),$e(o,b?"width":"height",c),$e(o,b?"top":"left",b?Ie:ye),$e(o,b?"height":"width",b?C:Y),Ao(o,vi)}else at(o,vi)}),Wn=Mi=Ns=Os=Hs=Fs=Vs=Us=zs=null,et=1,ln(!0),ye!=Si||Ie!=ei||Y!=Tt||C!=ti){Ci(!1);let o=Y/Tt,l=C/ti;if(qe&&!ii&&D.left>=0){D.left*=o,D.top*=l,Li&&Rt(Li,Le(D.left),0,Y,C),Ri&&Rt(Ri,0,Le(D.top),Y,C);for(let c=0;c<ft.length;c++){let d=ft[c];d!=null&&(Ti[c]*=o,Pi[c]*=l,Rt(d,yt(Ti[c]),yt(Pi[c]),Y,C))}}if(_e.show&&!Vn&&_e.left>=0&&_e.width>0){_e.left*=o,_e.width*=o,_e.top*=l,_e.height*=l;for(let c in Qs)$e(zi,c,_e[c])}Si=ye,ei=Ie,Tt=Y,ti=C}He("setSize"),Fn=!1}Nt>0&&Xt>0&&(m.clearRect(0,0,_.width,_.height),He("drawClear"),K.forEach(o=>o()),He("draw")),_e.show&&Vn&&(Gn(_e),Vn=!1),qe&&ii&&(ri(null,!0,!1),ii=!1),te.show&&te.live&&ht&&(Zs(),ht=!1),p||(p=!0,t.status=1,He("ready")),nn=!1,jn=!1}t.redraw=(o,l)=>{Ei=l||!1,o!==!1?qt(L,k.min,k.max):Ii()};function Gs(o,l){let c=E[o];if(c.from==null){if(Ve==0){let d=c.range(t,l.min,l.max,o);l.min=d[0],l.max=d[1]}if(l.min>l.max){let d=l.min;l.min=l.max,l.max=d}if(Ve>1&&l.min!=null&&l.max!=null&&l.max-l.min<1e-16)return;o==L&&c.distr==2&&Ve>0&&(l.min=Et(l.min,i[0]),l.max=Et(l.max,i[0]),l.min==l.max&&l.max++),O[o]=l,Ls=!0,Ii()}}t.setScale=Gs;let Ks,Ys,Li,Ri,vr,yr,Di,Ni,br,_r,be,Ee,Bt=!1,Ue=D.drag,ze=Ue.x,Oe=Ue.y;qe&&(D.x&&(Ks=vt(od,M)),D.y&&(Ys=vt(rd,M)),k.ori==0?(Li=Ks,Ri=Ys):(Li=Ys,Ri=Ks),be=D.left,Ee=D.top);let _e=t.select=Me({show:!0,over:!0,left:0,width:0,top:0,height:0},n.select),zi=_e.show?vt(sd,_e.over?M:T):null;function Gn(o,l){if(_e.show){for(let c in o)_e[c]=o[c],c in Qs&&$e(zi,c,o[c]);l!==!1&&He("setSelect")}}t.setSelect=Gn;function dc(o){if(x[o].show)Ce&&Ao(ke[o],vi);else if(Ce&&at(ke[o],vi),qe){let c=Ai?ft[0]:ft[o];c!=null&&Rt(c,-10,-10,Y,C)}}function qt(o,l,c){Gs(o,{min:l,max:c})}function Mt(o,l,c,d){l.focus!=null&&mc(o),l.show!=null&&x.forEach((h,g)=>{g>0&&(o==g||o==null)&&(h.show=l.show,dc(g),s==2?(qt(h.facets[0].scale,null,null),qt(h.facets[1].scale,null,null)):qt(h.scale,null,null),Ii())}),c!==!1&&He("setSeries",o,l),d&&an("setSeries",t,o,l)}t.setSeries=Mt;function uc(o,l){Me(J[o],l)}function pc(o,l){o.fill=se(o.fill||null),o.dir=ce(o.dir,-1),l=l??J.length,J.splice(l,0,o)}function hc(o){o==null?J.length=0:J.splice(o,1)}t.addBand=pc,t.setBand=uc,t.delBand=hc;function fc(o,l){x[o].alpha=l,qe&&ft[o]!=null&&(ft[o].style.opacity=l),Ce&&ke[o]&&(ke[o].style.opacity=l)}let zt,jt,oi,Oi={focus:!0};function mc(o){if(o!=oi){let l=o==null,c=Pt.alpha!=1;x.forEach((d,h)=>{if(s==1||h>0){let g=l||h==0||h==o;d._focus=l?null:g,c&&fc(h,g?1:Pt.alpha)}}),oi=o,c&&Ii()}}Ce&&ki&&je(yl,pe,o=>{D._lock||(ni(o),oi!=null&&Mt(null,Oi,!0,Pe.setSeries))});function Ct(o,l,c){let d=E[l];c&&(o=o/ue-(d.ori==1?Ie:ye));let h=Y;d.ori==1&&(h=C,o=h-o),d.dir==-1&&(o=h-o);let g=d._min,b=d._max,w=o/h,$=g+(b-g)*w,A=d.distr;return A==3?Gi(10,$):A==4?xd($,d.asinh):A==100?d.bwd($):$}function gc(o,l){let c=Ct(o,L,l);return Et(c,i[0],De,Ne)}t.valToIdx=o=>Et(o,i[0]),t.posToIdx=gc,t.posToVal=Ct,t.valToPos=(o,l,c)=>E[l].ori==0?r(o,E[l],c?Xe:Y,c?nt:0):a(o,E[l],c?_t:C,c?pt:0),t.setCursor=(o,l,c)=>{be=o.left,Ee=o.top,ri(null,l,c)};function wr(o,l){$e(zi,Bi,_e.left=o),$e(zi,Mn,_e.width=l)}function $r(o,l){$e(zi,"top",_e.top=o),$e(zi,Cn,_e.height=l)}let on=k.ori==0?wr:$r,rn=k.ori==1?wr:$r;function vc(){if(Ce&&te.live)for(let o=s==2?1:0;o<x.length;o++){if(o==0&&ut)continue;let l=te.values[o],c=0;for(let d in l)At[o][c++].firstChild.nodeValue=l[d]}}function Zs(o,l){if(o!=null&&(o.idxs?o.idxs.forEach((c,d)=>{fe[d]=c}):Ad(o.idx)||fe.fill(o.idx),te.idx=fe[0]),Ce&&te.live){for(let c=0;c<x.length;c++)(c>0||s==1&&!ut)&&yc(c,fe[c]);vc()}ht=!1,l!==!1&&He("setLegend")}t.setLegend=Zs;function yc(o,l){let c=x[o],d=o==0&&Z==2?wt:i[o],h;ut?h=c.values(t,o,l)??Ut:(h=c.value(t,l==null?null:d[l],o,l),h=h==null?Ut:{_:h}),te.values[o]=h}function ri(o,l,c){br=be,_r=Ee,[be,Ee]=D.move(t,be,Ee),D.left=be,D.top=Ee,qe&&(Li&&Rt(Li,Le(be),0,Y,C),Ri&&Rt(Ri,0,Le(Ee),Y,C));let d,h=De>Ne;zt=ge,jt=null;let g=k.ori==0?Y:C,b=k.ori==1?Y:C;if(be<0||Ve==0||h){d=D.idx=null;for(let w=0;w<x.length;w++){let $=ft[w];$!=null&&Rt($,-10,-10,Y,C)}ki&&Mt(null,Oi,!0,o==null&&Pe.setSeries),te.live&&(fe.fill(d),ht=!0)}else{let w,$,A;s==1&&(w=k.ori==0?be:Ee,$=Ct(w,L),d=D.idx=Et($,i[0],De,Ne),A=R(i[0][d],k,g,0));let P=-10,I=-10,j=0,de=0,ae=!0,ie="",U="";for(let N=s==2?1:0;N<x.length;N++){let we=x[N],Ae=fe[N],Fe=Ae==null?null:s==1?i[N][Ae]:i[N][1][Ae],me=D.dataIdx(t,N,d,$),Te=me==null?null:s==1?i[N][me]:i[N][1][me];if(ht=ht||Te!=Fe||me!=Ae,fe[N]=me,N>0&&we.show){let st=me==null?-10:me==d?A:R(s==1?i[0][me]:i[N][0][me],k,g,0),Ge=Te==null?-10:q(Te,s==1?E[we.scale]:E[we.facets[1].scale],b,0);if(ki&&Te!=null){let mt=k.ori==1?be:Ee,$t=Re(Pt.dist(t,N,me,Ge,mt));if($t<zt){let It=Pt.bias;if(It!=0){let ot=Ct(mt,we.scale),gt=Te>=0?1:-1,xt=ot>=0?1:-1;xt==gt&&(xt==1?It==1?Te>=ot:Te<=ot:It==1?Te<=ot:Te>=ot)&&(zt=$t,jt=N)}else zt=$t,jt=N}}if(ht||Ai){let mt,$t;k.ori==0?(mt=st,$t=Ge):(mt=Ge,$t=st);let It,ot,gt,xt,Lt,Ke,rt=!0,li=Be.bbox;if(li!=null){rt=!1;let Ye=li(t,N);gt=Ye.left,xt=Ye.top,It=Ye.width,ot=Ye.height}else gt=mt,xt=$t,It=ot=Be.size(t,N);if(Ke=Be.fill(t,N),Lt=Be.stroke(t,N),Ai)N==jt&&zt<=Pt.prox&&(P=gt,I=xt,j=It,de=ot,ae=rt,ie=Ke,U=Lt);else{let Ye=ft[N];Ye!=null&&(Ti[N]=gt,Pi[N]=xt,El(Ye,It,ot,rt),xl(Ye,Ke,Lt),Rt(Ye,yt(gt),yt(xt),Y,C))}}}}if(Ai){let N=Pt.prox,we=oi==null?zt<=N:zt>N||jt!=oi;if(ht||we){let Ae=ft[0];Ae!=null&&(Ti[0]=P,Pi[0]=I,El(Ae,j,de,ae),xl(Ae,ie,U),Rt(Ae,yt(P),yt(I),Y,C))}}}if(_e.show&&Bt)if(o!=null){let[w,$]=Pe.scales,[A,P]=Pe.match,[I,j]=o.cursor.sync.scales,de=o.cursor.drag;if(ze=de._x,Oe=de._y,ze||Oe){let{left:ae,top:ie,width:U,height:N}=o.select,we=o.scales[I].ori,Ae=o.posToVal,Fe,me,Te,st,Ge,mt=w!=null&&A(w,I),$t=$!=null&&P($,j);mt&&ze?(we==0?(Fe=ae,me=U):(Fe=ie,me=N),Te=E[w],st=R(Ae(Fe,I),Te,g,0),Ge=R(Ae(Fe+me,I),Te,g,0),on(kt(st,Ge),Re(Ge-st))):on(0,g),$t&&Oe?(we==1?(Fe=ae,me=U):(Fe=ie,me=N),Te=E[$],st=q(Ae(Fe,j),Te,b,0),Ge=q(Ae(Fe+me,j),Te,b,0),rn(kt(st,Ge),Re(Ge-st))):rn(0,b)}else Xs()}else{let w=Re(br-vr),$=Re(_r-yr);if(k.ori==1){let j=w;w=$,$=j}ze=Ue.x&&w>=Ue.dist,Oe=Ue.y&&$>=Ue.dist;let A=Ue.uni;A!=null?ze&&Oe&&(ze=w>=A,Oe=$>=A,!ze&&!Oe&&($>w?Oe=!0:ze=!0)):Ue.x&&Ue.y&&(ze||Oe)&&(ze=Oe=!0);let P,I;ze&&(k.ori==0?(P=Di,I=be):(P=Ni,I=Ee),on(kt(P,I),Re(I-P)),Oe||rn(0,b)),Oe&&(k.ori==1?(P=Di,I=be):(P=Ni,I=Ee),rn(kt(P,I),Re(I-P)),ze||on(0,g)),!ze&&!Oe&&(on(0,0),rn(0,0))}if(Ue._x=ze,Ue._y=Oe,o==null){if(c){if(Lr!=null){let[w,$]=Pe.scales;Pe.values[0]=w!=null?Ct(k.ori==0?be:Ee,w):null,Pe.values[1]=$!=null?Ct(k.ori==1?be:Ee,$):null}an(bo,t,be,Ee,Y,C,d)}if(ki){let w=c&&Pe.setSeries,$=Pt.prox;oi==null?zt<=$&&Mt(jt,Oi,!0,w):zt>$?Mt(null,Oi,!0,w):jt!=oi&&Mt(jt,Oi,!0,w)}}ht&&(te.idx=d,Zs()),l!==!1&&He("setCursor")}let Gt=null;Object.defineProperty(t,"rect",{get(){return Gt==null&&ln(!1),Gt}});function ln(o=!1){o?Gt=null:(Gt=M.getBoundingClientRect(),He("syncRect",Gt))}function xr(o,l,c,d,h,g,b){D._lock||Bt&&o!=null&&o.movementX==0&&o.movementY==0||(Js(o,l,c,d,h,g,b,!1,o!=null),o!=null?ri(null,!0,!0):ri(l,!0,!1))}function Js(o,l,c,d,h,g,b,w,$){if(Gt==null&&ln(!1),ni(o),o!=null)c=o.clientX-Gt.left,d=o.clientY-Gt.top;else{if(c<0||d<0){be=-10,Ee=-10;return}let[A,P]=Pe.scales,I=l.cursor.sync,[j,de]=I.values,[ae,ie]=I.scales,[U,N]=Pe.match,we=l.axes[0].side%2==1,Ae=k.ori==0?Y:C,Fe=k.ori==1?Y:C,me=we?g:h,Te=we?h:g,st=we?d:c,Ge=we?c:d;if(ae!=null?c=U(A,ae)?u(j,E[A],Ae,0):-10:c=Ae*(st/me),ie!=null?d=N(P,ie)?u(de,E[P],Fe,0):-10:d=Fe*(Ge/Te),k.ori==1){let mt=c;c=d,d=mt}}$&&(l==null||l.cursor.event.type==bo)&&((c<=1||c>=Y-1)&&(c=mi(c,Y)),(d<=1||d>=C-1)&&(d=mi(d,C))),w?(vr=c,yr=d,[Di,Ni]=D.move(t,c,d)):(be=c,Ee=d)}let Qs={width:0,height:0,left:0,top:0};function Xs(){Gn(Qs,!1)}let Sr,Er,kr,Ar;function Tr(o,l,c,d,h,g,b){Bt=!0,ze=Oe=Ue._x=Ue._y=!1,Js(o,l,c,d,h,g,b,!0,!1),o!=null&&(je(_o,Eo,Pr,!1),an(gl,t,Di,Ni,Y,C,null));let{left:w,top:$,width:A,height:P}=_e;Sr=w,Er=$,kr=A,Ar=P}function Pr(o,l,c,d,h,g,b){Bt=Ue._x=Ue._y=!1,Js(o,l,c,d,h,g,b,!1,!0);let{left:w,top:$,width:A,height:P}=_e,I=A>0||P>0,j=Sr!=w||Er!=$||kr!=A||Ar!=P;if(I&&j&&Gn(_e),Ue.setScale&&I&&j){let de=w,ae=A,ie=$,U=P;if(k.ori==1&&(de=$,ae=P,ie=w,U=A),ze&&qt(L,Ct(de,L),Ct(de+ae,L)),Oe)for(let N in E){let we=E[N];N!=L&&we.from==null&&we.min!=ge&&qt(N,Ct(ie+U,N),Ct(ie,N))}Xs()}else D.lock&&(D._lock=!D._lock,ri(l,!0,o!=null));o!=null&&(xi(_o,Eo),an(_o,t,be,Ee,Y,C,null))}function bc(o,l,c,d,h,g,b){if(D._lock)return;ni(o);let w=Bt;if(Bt){let $=!0,A=!0,P=10,I,j;k.ori==0?(I=ze,j=Oe):(I=Oe,j=ze),I&&j&&($=be<=P||be>=Y-P,A=Ee<=P||Ee>=C-P),I&&$&&(be=be<Di?0:Y),j&&A&&(Ee=Ee<Ni?0:C),ri(null,!0,!0),Bt=!1}be=-10,Ee=-10,fe.fill(null),ri(null,!0,!0),w&&(Bt=w)}function Mr(o,l,c,d,h,g,b){D._lock||(ni(o),Ds(),Xs(),o!=null&&an(bl,t,be,Ee,Y,C,null))}function Cr(){F.forEach(Wu),Rs(t.width,t.height,!0)}yi(_s,ji,Cr);let Hi={};Hi.mousedown=Tr,Hi.mousemove=xr,Hi.mouseup=Pr,Hi.dblclick=Mr,Hi.setSeries=(o,l,c,d)=>{let h=Pe.match[2];c=h(t,l,c),c!=-1&&Mt(c,d,!0,!1)},qe&&(je(gl,M,Tr),je(bo,M,xr),je(vl,M,o=>{ni(o),ln(!1)}),je(yl,M,bc),je(bl,M,Mr),Lo.add(t),t.syncRect=ln);let Kn=t.hooks=n.hooks||{};function He(o,l,c){js?sn.push([o,l,c]):o in Kn&&Kn[o].forEach(d=>{d.call(null,t,l,c)})}(n.plugins||[]).forEach(o=>{for(let l in o.hooks)Kn[l]=(Kn[l]||[]).concat(o.hooks[l])});let Ir=(o,l,c)=>c,Pe=Me({key:null,setSeries:!1,filters:{pub:Ml,sub:Ml},scales:[L,x[1]?x[1].scale:null],match:[Cl,Cl,Ir],values:[null,null]},D.sync);Pe.match.length==2&&Pe.match.push(Ir),D.sync=Pe;let Lr=Pe.key,eo=Aa(Lr);function an(o,l,c,d,h,g,b){Pe.filters.pub(o,l,c,d,h,g,b)&&eo.pub(o,l,c,d,h,g,b)}eo.sub(t);function _c(o,l,c,d,h,g,b){Pe.filters.sub(o,l,c,d,h,g,b)&&Hi[o](null,l,c,d,h,g,b)}t.pub=_c;function wc(){eo.unsub(t),Lo.delete(t),Qt.clear(),To(_s,ji,Cr),f.remove(),pe?.remove(),He("destroy")}t.destroy=wc;function to(){He("init",n,i),cr(i||n.data,!1),O[L]?Gs(L,O[L]):Ds(),Vn=_e.show&&(_e.width>0||_e.height>0),ii=ht=!0,Rs(n.width,n.height)}return x.forEach(lr),F.forEach(Xa),e?e instanceof HTMLElement?(e.appendChild(f),to()):e(t,to):to(),t}We.assign=Me;We.fmtNum=Fo;We.rangeNum=ws;We.rangeLog=Ss;We.rangeAsinh=Oo;We.orient=_i;We.pxRatio=ue;We.join=Rd;We.fmtDate=Uo,We.tzDate=qd;We.sync=Aa;{We.addGap=Au,We.clipGaps=As;let n=We.paths={points:La};n.linear=Da,n.stepped=Mu,n.bars=Cu,n.spline=Lu}var Ha='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';function Fa(n){let i=[...n].sort((e,t)=>e.day.localeCompare(t.day));return[i.map(e=>Date.parse(`${e.day}T12:00:00`)/1e3),i.map(e=>e.mean_age),i.map(e=>Math.round((e.emotions.happy??0)*100))]}var Yo=class extends lt{static{this.styles=[lt.styles,Jn(Ha)]}async load(){this.data=await this.me("evolution/daily","GET",void 0,{days:30})}updated(i){super.updated(i);let e=this.renderRoot.querySelector("#chart");if(!(i.has("data")||i.has("i18n"))||!this.data||!e)return;this.chart?.destroy();let t=this.i18n;this.chart=new We({width:420,height:180,legend:{show:!0},fmtDate:s=>t.chartDate(s),axes:[{stroke:"#ccc"},{stroke:"#ccc"}],series:[{label:t.t("evolution.day"),value:(s,r)=>r===null?"\u2013":t.day(new Date(r*1e3))},{label:t.t("evolution.age"),stroke:"#7cfc9a",width:2},{label:t.t("evolution.happy"),stroke:"#ffd54f",width:2}]},Fa(this.data),e)}disconnectedCallback(){super.disconnectedCallback(),this.chart?.destroy(),this.chart=void 0}render(){let i=this.data??[];return v`<div>${this.i18n.plural("evolution.title",i.length,{days:this.i18n.number(i.length)})}</div>
      <div id="chart"></div>
      ${this.error?v`<div class="error">${this.error}</div>`:S}`}};B("mirror-evolution",Yo);var Nn=class extends re{constructor(){super(...arguments);this.info={};this.focused=!1}static{this.properties={info:{attribute:!1},focused:{type:Boolean}}}start(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:this.i18n.time(t)}render(){let e=this.i18n,t=this.info.calendar?.value??[],s=this.info.mail?.value;return v`<section class="widget ${this.focused?"focused":""}" id="personal" data-widget="personal">
      ${t.slice(0,3).map(r=>v`<div class="event">${this.start(r.start)} ${r.summary}</div>`)}
      ${s?v`<div class="mail">${e.t("info.unread",{count:e.number(s.unread)})}</div>
              ${s.latest.slice(0,3).map(r=>v`<div class="subject">${r.subject}</div>`)}`:S}
    </section>`}static{this.partStyles=Yt}};B("mirror-personal-info",Nn);var zn=class extends re{constructor(){super(...arguments);this.widget=""}static{this.properties={widget:{}}}render(){let e=this.i18n,t=mn(this.widget,e),s=t.charAt(0).toLocaleUpperCase(e.locale)+t.slice(1);return v`<section class="widget placeholder focused" id="held" data-widget=${this.widget}>
      ${e.t("notice.held",{widget:s})}
    </section>`}static{this.partStyles=[Yt,Q`
      .placeholder {
        font-size: 20px;
        color: #ccc;
        border: 2px dashed rgba(255, 255, 255, 0.4);
      }
    `]}};B("mirror-widget-placeholder",zn);var On=class extends re{constructor(){super(...arguments);this.info={};this.focused=!1}static{this.properties={info:{attribute:!1},focused:{type:Boolean}}}clock(e){let t=e.iso?new Date(e.iso):null;if(!t||Number.isNaN(t.getTime()))return v`<div class="clock">${e.time}</div>
        <div>${e.weekday} ${e.date}</div>`;let s=e.time_zone||void 0;return v`<div class="clock">${this.i18n.time(t,s)}</div>
      <div class="date">${this.i18n.date(t,s)}</div>`}weather(e){let t=this.i18n;return t.t("info.weather",{temperature:`${t.number(Math.round(e.temperature))}${e.temperature_unit??""}`,condition:t.lookup(`weather.${e.condition}`,e.condition)})}air(e){if(e.aqi!==void 0)return this.i18n.t("info.air_index",{aqi:this.i18n.number(e.aqi)});let t=(e.readings??[]).map(s=>`${s.name} ${s.value} ${s.unit??""}`).join(", ");return this.i18n.t("info.air_readings",{readings:t})}render(){let e=this.info.clock?.value,t=this.info.weather?.value,s=this.info.air_quality?.value;return v`<section class="widget ${this.focused?"focused":""}" id="public" data-widget="public">
      ${e?this.clock(e):S}
      ${t?v`<div class="weather">${this.weather(t)}</div>`:S}
      ${s?v`<div class="air">${this.air(s)}</div>`:S}
    </section>`}static{this.partStyles=[Yt,Q`
      .clock {
        font-size: 72px;
      }
    `]}};B("mirror-public-info",On);var qu=[["match_distance","settings.match_distance"],["reverify_interval","settings.reverify_interval"],["leave_timeout","settings.leave_timeout"]],Zo=class extends lt{constructor(){super(...arguments);this.toggles={}}static{this.properties={toggles:{attribute:!1}}}async load(){this.data=await this.hass.callWS({type:"smart_mirror/settings",entry_id:this.entryId})}async toggle(e){let t=this.toggles[e]!==!1;try{await this.hass.callService("smart_mirror",t?"hide_widget":"show_widget",{config_entry_id:this.entryId,widget:e})}catch(s){this.failed(s)}}async step(e,t){let{minimum:s,maximum:r}=as[e],a=Number(this.data?.[e]??s)+t,u=Math.round(Math.min(r,Math.max(s,a))*100)/100;try{this.data=await this.hass.callWS({type:"smart_mirror/settings",entry_id:this.entryId,changes:{[e]:u}})}catch(p){this.failed(p)}}value(e){let t=this.i18n.number(Number(this.data[e]),2);return as[e].unit==="s"?this.i18n.t("settings.seconds",{value:t}):t}render(){let e=this.i18n;return v`<div>${e.t("settings.title")}</div>
      <div>
        ${ls.map(t=>v`<button
              class=${this.toggles[t]!==!1?"on":""}
              data-feature=${t}
              @click=${()=>{this.toggle(t)}}
            >
              ${mn(t,e)}
            </button>`)}
      </div>
      ${this.data?qu.map(([t,s])=>{let{step:r}=as[t];return v`<div>
                ${e.t("settings.setting",{label:e.t(s),value:this.value(t)})}
                <button data-step=${`${t}-`} @click=${()=>{this.step(t,-r)}}>−</button>
                <button data-step=${`${t}+`} @click=${()=>{this.step(t,r)}}>+</button>
              </div>`}):S}
      ${this.error?v`<div class="error">${this.error}</div>`:S}`}};B("mirror-settings",Zo);var Jo={running:!1,listening:!1,stage:"",handlerId:null,heard:null,speech:null,ttsUrl:null,error:null,conversationId:null},Qo="assist_failed";function Va(n,i=null){return{...Jo,running:!0,stage:"starting",heard:i,conversationId:n.conversationId}}function Xo(n,i){let e=i.data??{};switch(i.type){case"run-start":return{...n,running:!0,stage:i.type,handlerId:e.runner_data?.stt_binary_handler_id??null,conversationId:e.conversation_id??n.conversationId};case"stt-start":return{...n,stage:i.type,listening:!0};case"stt-vad-end":return{...n,stage:i.type,listening:!1};case"stt-end":return{...n,stage:i.type,listening:!1,heard:e.stt_output?.text??n.heard};case"intent-end":{let t=e.intent_output??{};return{...n,stage:i.type,speech:t.response?.speech?.plain?.speech??n.speech,conversationId:t.conversation_id??n.conversationId}}case"tts-end":return{...n,stage:i.type,ttsUrl:e.tts_output?.url??null};case"run-end":return{...n,stage:i.type,running:!1,listening:!1,handlerId:null};case"error":return{...n,stage:i.type,running:!1,listening:!1,handlerId:null,error:e.message??e.code??Qo};default:return{...n,stage:i.type}}}function er(n){return{stt:!!n?.stt_engine,tts:!!n?.tts_engine}}function Ua(n){return n.pipelines.find(i=>i.id===n.preferred_pipeline)??n.pipelines[0]??null}var Wa=16e3;function Ba(n){let i=new Int16Array(n.length);for(let e=0;e<n.length;e+=1){let t=Math.max(-1,Math.min(1,n[e]));i[e]=t<0?Math.round(t*32768):Math.round(t*32767)}return i}function tr(n,i=new Int16Array(0)){let e=new Uint8Array(1+i.length*2);e[0]=n;let t=new DataView(e.buffer);for(let s=0;s<i.length;s+=1)t.setInt16(1+s*2,i[s],!0);return e}var Cs=class{constructor(i=1600){this.chunk=i;this.parts=[];this.length=0}push(i){return this.parts.push(i),this.length+=i.length,this.length>=this.chunk?this.take():null}take(){let i=new Int16Array(this.length),e=0;for(let t of this.parts)i.set(t,e),e+=t.length;return this.parts=[],this.length=0,i}};var ju=600,Gu=`
class MirrorRecorder extends AudioWorkletProcessor {
  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel && channel.length) this.port.postMessage(channel.slice());
    return true;
  }
}
registerProcessor("mirror-recorder", MirrorRecorder);
`,ir=class extends tt{constructor(){super(...arguments);this.i18n=Ze;this.pipeline=void 0;this.assist=Jo;this.note="";this.text="";this.buffer=new Cs;this.early=[];this.ended=!1;this.ending=!1;this.opening=!1;this.stopTap=!1;this.pressedAt=0;this.loading=!1}static{this.properties={hass:{attribute:!1},i18n:{attribute:!1},pipeline:{state:!0},assist:{state:!0},note:{state:!0},text:{state:!0}}}connectedCallback(){super.connectedCallback(),window.mirrorVoice=this}disconnectedCallback(){super.disconnectedCallback(),this.stopMicrophone(!1),this.unsubscribe?.(),this.unsubscribe=void 0,this.audio?.pause()}updated(e){e.has("hass")&&this.hass&&this.pipeline===void 0&&!this.loading&&this.loadPipeline()}async loadPipeline(){this.loading=!0;try{let e=await this.hass.callWS({type:"assist_pipeline/pipeline/list"});this.pipeline=Ua(e),this.pipeline?er(this.pipeline).stt||(this.note=this.i18n.t("voice.no_stt")):this.note=this.i18n.t("voice.no_pipeline")}catch(e){this.pipeline=null,this.note=this.i18n.t("voice.unavailable",{error:this.i18n.error(e)})}finally{this.loading=!1}}get can(){return er(this.pipeline)}async run(e,t){if(!this.hass)return!1;await this.unsubscribe?.().catch(()=>{}),this.unsubscribe=void 0,this.audio?.pause(),this.assist=Va(this.assist,t);try{return this.unsubscribe=await this.hass.connection.subscribeMessage(s=>this.receive(s),{type:"assist_pipeline/run",end_stage:this.can.tts?"tts":"intent",...this.pipeline?{pipeline:this.pipeline.id}:{},...this.assist.conversationId?{conversation_id:this.assist.conversationId}:{},...e}),!0}catch(s){return this.assist=Xo(this.assist,{type:"error",data:{message:s.message??String(s)}}),!1}}receive(e){if(this.assist=Xo(this.assist,e),e.type==="run-start"&&this.flushAudio(),(e.type==="stt-vad-end"||e.type==="stt-end"||e.type==="error")&&this.stopMicrophone(!1),e.type==="tts-end"&&this.assist.ttsUrl&&(this.audio=new Audio(this.assist.ttsUrl),this.audio.play().catch(t=>console.warn("smart mirror: the answer's audio did not play",t))),e.type==="run-end"||e.type==="error"){let t=this.unsubscribe;this.unsubscribe=void 0,t?.().catch(()=>{})}}async send(){let e=this.text.trim();e&&(this.text="",await this.run({start_stage:"intent",input:{text:e}},e))}press(){if(this.microphone||this.opening){this.stopTap=!0,this.release();return}this.stopTap=!1,this.pressedAt=Date.now(),this.talk()}lift(){this.stopTap||Date.now()-this.pressedAt>=ju&&this.release()}async talk(){if(!this.can.stt){this.note=this.i18n.t("voice.no_stt"),this.renderRoot.querySelector("#text")?.focus();return}this.ended=!1,this.ending=!1,this.early=[],this.buffer.take(),this.opening=!0;try{this.microphone=await this.openMicrophone()}catch(s){this.note=this.i18n.t("voice.no_microphone",{error:this.i18n.error(s)});return}finally{this.opening=!1}if(this.ended){await this.stopMicrophone(!1);return}this.note="";let e=this.microphone.context.sampleRate;await this.run({start_stage:"stt",input:{sample_rate:e}},null)||await this.stopMicrophone(!1)}async openMicrophone(){let e=await navigator.mediaDevices.getUserMedia({audio:{channelCount:1,echoCancellation:!0,noiseSuppression:!0,autoGainControl:!0}}),t,s;try{t=new AudioContext({sampleRate:Wa}),s=t.createMediaStreamSource(e)}catch{t=new AudioContext,s=t.createMediaStreamSource(e)}let r=URL.createObjectURL(new Blob([Gu],{type:"text/javascript"}));try{await t.audioWorklet.addModule(r)}finally{URL.revokeObjectURL(r)}let a=new AudioWorkletNode(t,"mirror-recorder");return a.port.onmessage=u=>this.samples(u.data),s.connect(a),{stream:e,context:t,node:a}}samples(e){let t=this.buffer.push(Ba(e));t&&(this.early.push(t),this.flushAudio())}flushAudio(){let e=this.assist.handlerId,t=this.hass?.connection.socket;if(!(e===null||!t||t.readyState!==WebSocket.OPEN)){for(let s of this.early)t.send(tr(e,s));this.early=[],this.ending&&(this.ending=!1,t.send(tr(e)))}}release(){this.ended=!0,this.microphone&&this.stopMicrophone(!0)}async stopMicrophone(e){let t=this.microphone;if(this.microphone=void 0,!t)return;t.node.port.onmessage=null;for(let r of t.stream.getTracks())r.stop();let s=this.buffer.take();s.length>0&&this.early.push(s),this.ending=e&&this.assist.running,this.flushAudio(),this.requestUpdate(),await t.context.close().catch(()=>{})}render(){let e=this.i18n,t=this.assist,s=!!this.microphone,r=t.error===Qo?e.t("voice.failed"):t.error;return v`<div class="title">
        ${e.t("voice.title")}${this.pipeline?v` · <span class="pipeline">${this.pipeline.name}</span>`:S}
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
      ${this.note?v`<div class="note" id="voice-note">${this.note}</div>`:S}
      ${s?v`<div class="status" id="listening">${e.t("voice.listening")}</div>`:S}
      ${t.running&&!s?v`<div class="status">…</div>`:S}
      ${t.heard?v`<div class="heard" id="heard">“${t.heard}”</div>`:S}
      ${t.speech?v`<div class="speech" id="speech">${t.speech}</div>`:S}
      ${r?v`<div class="error" id="voice-error">${r}</div>`:S}`}static{this.styles=Q`
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
  `}};B("mirror-voice",ir);var Ku=12e4,qa=1.25,Yu=4,Zu=1500,Ju=4e3,nr=2e3,sr=class extends tt{constructor(){super(...arguments);this.narrow=!1;this.session={state:"idle"};this.assessment=null;this.publicInfo={};this.personal={};this.zoom=1;this.dimmed=!1;this.pinMessage="";this.toggles={};this.sheet="";this.enrolment=null;this.live=null;this.enrolled=null;this.dismissed=null;this.ring=new hs;this.cards=new ds;this.now=Date.now();this.answering=null;this.gesture=null;this.notice=null;this.i18n=Ze;this.connecting=!1;this.closed=!1;this.faces=new Ui;this.dimmer=new fs(Ku,e=>this.dimmed=e);this.publicSubscribing=!1;this.publicRetryAt=0;this.personalFor=null;this.personalGeneration=0;this.stats={painted:0,lastSeq:-1,latencies:[],width:0,height:0,faceEvents:0,boxes:0,named:0,commands:0,confirms:0,gestures:0}}static{this.properties={hass:{attribute:!1},panel:{attribute:!1},narrow:{type:Boolean},session:{state:!0},assessment:{state:!0},publicInfo:{state:!0},personal:{state:!0},zoom:{state:!0},dimmed:{state:!0},pinMessage:{state:!0},toggles:{state:!0},sheet:{state:!0},enrolment:{state:!0},now:{state:!0},answering:{state:!0},live:{state:!0},enrolled:{state:!0},dismissed:{state:!0}}}get entryId(){return new URLSearchParams(location.search).get("entry")??this.panel?.config?.entry_id}connectedCallback(){super.connectedCallback(),this.closed=!1,this.dimmer.activity(),window.mirrorPanel=this}disconnectedCallback(){super.disconnectedCallback(),this.closed=!0,this.socket?.close(),this.socket=void 0,this.dimmer.stop(),this.ticker&&clearInterval(this.ticker),this.ticker=void 0,Is(this.publicOff),this.publicOff=void 0,this.dropPersonal(),this.personalFor=null}willUpdate(e){e.has("hass")&&(this.i18n=rl(this.hass)),this.ring.settle(this.visibleWidgets(),_n.filter(t=>this.toggles[t]===!1))}updated(e){e.has("hass")&&this.hass&&!this.closed&&(!this.socket&&!this.connecting&&this.connect(),this.subscribePublic()),(e.has("session")||e.has("hass")||e.has("dismissed"))&&this.followSession()}async connect(){let e=this.hass,t=this.entryId;if(!e||!t)return;this.connecting=!0;let s;try{({url:s}=await e.callWS({type:"smart_mirror/stream",entry_id:t}))}catch{this.connecting=!1,this.closed||setTimeout(()=>{this.connect()},nr);return}if(this.closed){this.connecting=!1;return}let r=new WebSocket(new URL(s,location.href).href.replace(/^http/,"ws"));r.binaryType="arraybuffer",r.onmessage=a=>this.receive(a.data),r.onclose=()=>{this.socket===r&&(this.socket=void 0),this.connecting=!1,this.closed||setTimeout(()=>{this.connect()},nr)},this.socket=r}async subscribePublic(){let e=this.hass,t=this.entryId;if(!(!e||!t||this.publicOff||this.publicSubscribing||Date.now()<this.publicRetryAt)){this.publicSubscribing=!0;try{let s=await e.connection.subscribeMessage(r=>{r.public&&(this.publicInfo=r.public)},{type:"smart_mirror/info/subscribe",entry_id:t});this.closed?Is(s):this.publicOff=s}catch(s){this.publicRetryAt=Date.now()+nr,console.warn("smart mirror: public information unavailable",s)}finally{this.publicSubscribing=!1}}}receive(e){if(typeof e!="string"){let s=this.renderRoot.querySelector("mirror-stream-view");s&&(s.frame=cl(e));return}let t=JSON.parse(e);if(t.type==="hello"){this.toggles=t.data.toggles??{};let s=t.data.identity?.persons;this.enrolled=typeof s=="number"?s:null}else if(t.type==="persons"){let s=t.data.persons??[];this.enrolled=s.filter(r=>(r.embeddings??0)>0).length}else if(t.type==="toggles")this.toggles=t.data;else if(t.type==="faces")this.faces.add({seq:t.data.seq,faces:t.data.faces}),this.stats.faceEvents+=1,t.data.faces.length>0&&this.dimmer.activity();else if(t.type==="session")this.session=t.data,this.dismissed&&!this.isDismissed()&&(this.dismissed=null),this.session.state==="active"&&(this.enrolment=null),this.session.state!=="needs_login"&&(this.pinMessage=""),this.session.state!=="active"&&(this.assessment=null,this.sheet==="calibration"&&(this.sheet=""));else if(t.type==="enrolment"){if(typeof t.data.person_id=="number"&&(this.live=t.data),!this.enrolment||this.enrolment.step==="who")return;let s=t.data;this.enrolment={...this.enrolment,step:s.state==="done"?"done":s.state==="collecting"?"collecting":"failed",collected:s.collected,needed:s.needed,hint:s.hint,error:s.error}}else if(t.type==="assessment")this.person&&(this.assessment=t.data.smoothed);else if(t.type==="command"){let s=t.data;this.dimmer.activity(),s.done_by==="panel"&&this.carryOut(s)}else if(t.type==="confirm")this.dimmer.activity(),this.cards.ask(t.data,Date.now()),this.stats.confirms+=1,this.tick();else if(t.type==="confirm_result")this.cards.result(t.data,Date.now())&&this.tick();else if(t.type==="gesture"){this.dimmer.activity();let s=t.data;this.gesture={...s,until:Date.now()+Zu},this.stats.gestures+=1,this.tick()}}painted(e){let{seq:t,captured:s,width:r,height:a,boxes:u,named:p}=e.detail,f=this.stats;f.width=r,f.height=a,f.boxes+=u,f.named+=p,f.painted+=1,f.lastSeq=t,f.latencies.push(Date.now()/1e3-s),f.latencies.length>600&&f.latencies.shift()}async followSession(){let e=this.person?this.session.session?.id??null:null,t=this.hass,s=this.entryId;if(e===this.personalFor||!t||this.closed)return;this.personalFor=e,this.personal={},this.dropPersonal();let r=++this.personalGeneration;if(!e||!s)return;let a=()=>r===this.personalGeneration&&!this.closed;try{let u=await t.connection.subscribeMessage(p=>{p.personal&&a()&&(this.personal=p.personal)},{type:"smart_mirror/info/subscribe",entry_id:s,session_id:e});a()?this.personalOff=u:Is(u)}catch(u){console.warn("smart mirror: personal information unavailable",u)}}dropPersonal(){this.personalGeneration+=1,Is(this.personalOff),this.personalOff=void 0}async choose(e){try{await this.hass?.callWS({type:"smart_mirror/session/choose",entry_id:this.entryId,face:e})}catch(t){this.say(this.i18n.error(t))}}async login(e){let t=this.session.candidate;if(!(!t||!this.hass))try{await this.hass.callWS({type:"smart_mirror/session/login",entry_id:this.entryId,person_id:t.decision.person_id,pin:e})}catch(s){this.pinMessage=this.i18n.error(s,this.i18n.t("session.login_failed"))}}async notMe(){let e=this.session.session;if(!this.person||!e)return;let t={session:e.id,person:e.person?.id};this.dismissed=t,this.assessment=null,this.personal={},this.sheet==="calibration"&&(this.sheet="");try{await this.hass?.callWS({type:"smart_mirror/command",entry_id:this.entryId,name:"not_me",args:{}})}catch(s){s.code!=="no_session"&&this.dismissed===t&&(this.dismissed=null),this.say(this.i18n.error(s))}}isDismissed(){let e=this.dismissed,t=this.session.session;return!e||this.session.state!=="active"||!t?!1:e.session!==void 0&&t.id!==void 0?e.session===t.id:e.person!==void 0&&e.person===t.person?.id}async capture(){try{await this.hass?.callService("smart_mirror","capture",{config_entry_id:this.entryId})}catch(e){this.say(this.i18n.error(e))}}setZoom(e){this.zoom=Math.min(Yu,Math.max(1,e))}zoomBy(e){this.setZoom(e==="out"?this.zoom/qa:e==="reset"?1:this.zoom*qa)}async enrol(e){this.enrolment={step:"collecting",name:e.name,collected:0};try{await this.hass?.callService("smart_mirror","enrol_person",{config_entry_id:this.entryId,person:e.name,ha_person:e.entityId})}catch(t){this.enrolment={step:"failed",name:e.name,error:this.i18n.error(t)}}}household(){return Object.values(this.hass?.states??{}).filter(e=>e.entity_id.startsWith("person.")).map(e=>({entityId:e.entity_id,name:e.attributes.friendly_name??e.entity_id}))}carryOut(e){this.stats.commands+=1;let t=this.visibleWidgets();switch(e.name){case"next_widget":this.ring.next(t);break;case"previous_widget":this.ring.previous(t);break;case"toggle_focused":this.toggleFocused();break;case"zoom":this.zoomBy(e.args?.direction);break;case"open_calibration":this.session.state==="active"&&this.session.session?.person?this.sheet="calibration":this.say(this.i18n.t("notice.calibration_needs_person"));break;default:return}this.requestUpdate(),this.updateComplete.then(()=>this.renderRoot.querySelector(".widgets .focused")?.scrollIntoView({block:"nearest"}))}get focusIndex(){return this.ring.index(this.visibleWidgets())}async toggleFocused(){let e=this.ring.focused;if(!e){this.say(this.i18n.t("notice.nothing_focused"));return}let t=this.toggles[e]===!1;try{await this.hass?.callService("smart_mirror",t?"show_widget":"hide_widget",{config_entry_id:this.entryId,widget:e})}catch(s){this.say(this.i18n.error(s))}}touchWidget(e){for(let t of e.composedPath()){if(t===e.currentTarget)return;let s=t.dataset?.widget;if(s){s===this.ring.held(this.visibleWidgets())?this.toggleFocused():this.ring.focus(s),this.requestUpdate();return}}}async answer({id:e,accepted:t,alternative:s}){let r=this.cards.current(Date.now());if(!(!this.hass||!r||r.id!==e||this.answering===e)){this.answering=e;try{await this.hass.callWS({type:"smart_mirror/command/answer",entry_id:this.entryId,confirmation_id:e,accepted:t,...s?{correction:ps(r,s)}:{}})}catch(a){let u=a;this.cards.close(e),this.say(u.code==="not_found"?this.i18n.t("confirm.expired"):this.i18n.error(a))}finally{this.answering=null}}}say(e){this.notice={text:e,until:Date.now()+Ju},this.tick()}tick(){this.now=Date.now();let e=this.cards.busy(this.now)||this.gesture!==null&&this.gesture.until>this.now||this.notice!==null&&this.notice.until>this.now;e&&!this.ticker&&(this.ticker=setInterval(()=>this.tick(),250)),!e&&this.ticker&&(clearInterval(this.ticker),this.ticker=void 0)}open(e){this.sheet=this.sheet===e?"":e}get admin(){return!!this.hass?.user?.is_admin}shown(e){return this.toggles[e]!==!1}get person(){return this.session.state!=="active"||this.isDismissed()?null:this.session.session?.person??null}visibleWidgets(){let e=this.person,t={public:this.shown("public"),personal:!!e&&this.shown("personal")&&Object.keys(this.personal).length>0,assessment:!!e&&!!this.assessment&&this.shown("assessment"),evolution:!!e&&this.shown("evolution"),diary:!!e&&this.shown("diary")};return _n.filter(s=>t[s])}render(){let e=this.person,t=this.i18n,s=this.cards.current(this.now),r=this.gesture&&this.gesture.until>this.now?this.gesture.gesture:null,a=this.notice&&this.notice.until>this.now?this.notice.text:null;return v`
      <div class="mirror ${this.dimmed?"dimmed":""}" @pointerdown=${()=>this.dimmer.activity()}>
        <mirror-stream-view
          .i18n=${t}
          .zoom=${this.zoom}
          .faces=${this.faces}
          @frame-painted=${u=>this.painted(u)}
        ></mirror-stream-view>
        <mirror-picture-controls
          .i18n=${t}
          @zoom=${u=>this.zoomBy(u.detail.step)}
          @capture=${()=>{this.capture()}}
        ></mirror-picture-controls>
        ${this.renderSession(e)} ${this.renderFirstRun()}
        <mirror-sheet-buttons
          .i18n=${t}
          .settings=${this.shown("settings")}
          .people=${this.admin}
          .calibration=${!!e}
          .open=${this.sheet}
          @open-sheet=${u=>this.open(u.detail.sheet)}
        ></mirror-sheet-buttons>
        <div class="widgets" @pointerdown=${u=>this.touchWidget(u)}>
          ${this.renderSheet(e)} ${this.renderWidgets()}
        </div>
        ${this.renderPeople()}
        <mirror-confirm-card
          .i18n=${t}
          .question=${s}
          .outcome=${this.cards.shownOutcome(this.now,t)}
          .remaining=${this.cards.remaining(this.now)}
          .answering=${s!==null&&this.answering===s.id}
          @confirm-answer=${u=>{this.answer(u.detail)}}
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
      ></mirror-greeting>`:S}renderFirstRun(){return this.enrolled!==0||this.sheet==="people"||this.enrolment?S:v`<mirror-first-run
      .i18n=${this.i18n}
      .admin=${this.admin}
      @open-sheet=${e=>this.open(e.detail.sheet)}
    ></mirror-first-run>`}renderPeople(){return this.sheet!=="people"||!this.admin?S:v`<mirror-people
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
        ></mirror-settings>
        <mirror-admin id="admin" .i18n=${t} .hass=${this.hass} .entryId=${this.entryId}></mirror-admin>`:this.sheet==="calibration"&&e?this.personalWidget("mirror-calibration"):this.sheet==="voice"?v`<mirror-voice id="voice" .i18n=${t} .hass=${this.hass}></mirror-voice>`:S}renderWidgets(){let e=this.i18n,t=this.visibleWidgets();return _n.map(s=>{if(!t.includes(s))return s===this.ring.held(t)&&this.toggles[s]===!1?v`<mirror-widget-placeholder .i18n=${e} .widget=${s}></mirror-widget-placeholder>`:S;let r=this.ring.focused===s;return s==="public"?v`<mirror-public-info .i18n=${e} .info=${this.publicInfo} .focused=${r}></mirror-public-info>`:s==="personal"?v`<mirror-personal-info
          .i18n=${e}
          .info=${this.personal}
          .focused=${r}
        ></mirror-personal-info>`:s==="assessment"?v`<mirror-assessment
          .i18n=${e}
          .assessment=${this.assessment??{}}
          .focused=${r}
        ></mirror-assessment>`:this.personalWidget(`mirror-${s}`,r)})}personalWidget(e,t=!1){let s=this.session.session?.id;if(!s)return S;let r=this.i18n,a=t?"focused":"";return tl(`${e}:${s}`,e==="mirror-evolution"?v`<mirror-evolution
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
            ></mirror-calibration>`)}static{this.styles=[Q`
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
      .widgets {
        position: absolute;
        top: 16px;
        right: 16px;
        width: min(34vw, 480px);
        max-height: calc(100vh - 32px);
        overflow-y: auto;
        display: flex;
        flex-direction: column;
        gap: 16px;
        font-size: 28px;
      }
      /* the focus ring: what "next", "previous" and "toggle" act on */
      .widgets .focused {
        outline: 4px solid #7cfc9a;
        outline-offset: -4px;
        box-shadow: 0 0 24px rgba(124, 252, 154, 0.45);
      }
    `,...[An,yn,bn,vn,En,kn,fi,Sn,gn,On,Nn,Tn,zn,wn,xn].map(e=>e.partStyles)]}};function Is(n){n?.().catch(()=>{})}B("smart-mirror-panel",sr);export{sr as SmartMirrorPanel};
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
