document.querySelector('#app')!.textContent = 'stancegraph';
